package match

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// Model is a logistic model over FeatureNames, learned by
// internal/fit from the claim-matching benchmark (train split; its choices
// and the two thresholds made on the dev split).
type Model struct {
	Features   []string  `json:"features"`
	Mean       []float64 `json:"mean"`
	Std        []float64 `json:"std"`
	Weights    []float64 `json:"weights"`
	Bias       float64   `json:"bias"`
	Candidates int       `json:"candidates"` // BM25 candidates re-ranked per query
	K1         float64   `json:"bm25_k1"`    // BM25 parameters of the candidate index
	B          float64   `json:"bm25_b"`
	L2         float64   `json:"l2"`          // the regularisation chosen on dev
	Possibly   float64   `json:"possibly"`    // probability from which a match is "possibly the same"
	VeryLikely float64   `json:"very_likely"` // probability from which it is "very likely the same"
	Trained    string    `json:"trained"`     // what it was fit and chosen on
	// Prefilter, when set, ranks all the candidates by the features that
	// need no analysis of their text (PrefilterFeatures) and keeps its
	// Keep best for the full model: most of the cost of a match is the
	// analysis of each candidate's text.
	Prefilter *Stage `json:"prefilter,omitempty"`
}

// PrefilterFeatures are the features a prefilter may use: those computed
// without analysing a candidate's text.
var PrefilterFeatures = []string{"bm25_rel", "bm25_log", "bm25_rank", "claimant", "claimant_prior",
	"date_same", "date_week", "date_month", "date_year", "date_older", "date_after", "bm25_self"}

// Stage is a logistic model over some of FeatureNames that keeps the Keep
// best candidates.
type Stage struct {
	Features []string  `json:"features"`
	Mean     []float64 `json:"mean"`
	Std      []float64 `json:"std"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
	Keep     int       `json:"keep"`
	idx      []int     // the positions of Features in FeatureNames
}

// Resolve checks the stage's features and finds them in FeatureNames.
func (s *Stage) Resolve() error {
	if len(s.Mean) != len(s.Features) || len(s.Std) != len(s.Features) || len(s.Weights) != len(s.Features) {
		return fmt.Errorf("prefilter: %d features, %d means, %d deviations, %d weights",
			len(s.Features), len(s.Mean), len(s.Std), len(s.Weights))
	}
	if s.Keep <= 0 {
		return fmt.Errorf("prefilter keeps no candidates")
	}
	s.idx = make([]int, len(s.Features))
	for i, name := range s.Features {
		s.idx[i] = slices.Index(FeatureNames, name)
		if s.idx[i] < 0 || !slices.Contains(PrefilterFeatures, name) {
			return fmt.Errorf("prefilter: %q is not a prefilter feature", name)
		}
	}
	return nil
}

// Score returns the stage's score (log-odds) of a candidate with features f
// (all of FeatureNames; only the stage's are read).
func (s *Stage) Score(f []float64) float64 {
	z := s.Bias
	for i, j := range s.idx {
		z += s.Weights[i] * (f[j] - s.Mean[i]) / s.Std[i]
	}
	return z
}

//go:embed weights.json
var weightsJSON []byte

// Default returns the embedded model.
func Default() *Model {
	m, err := ParseModel(weightsJSON)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return m
}

// ParseModel reads a model written by internal/fit.
func ParseModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	n := len(FeatureNames)
	if len(m.Features) != n || len(m.Mean) != n || len(m.Std) != n || len(m.Weights) != n {
		return nil, fmt.Errorf("model has %d features, this build computes %d", len(m.Features), n)
	}
	for i, f := range m.Features {
		if f != FeatureNames[i] {
			return nil, fmt.Errorf("model feature %d is %q, this build computes %q", i, f, FeatureNames[i])
		}
	}
	if m.Candidates <= 0 {
		return nil, fmt.Errorf("model names no candidate count")
	}
	if m.K1 <= 0 {
		m.K1, m.B = DefaultK1, DefaultB
	}
	if m.Prefilter != nil {
		if err := m.Prefilter.Resolve(); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

// Prob returns the probability that a pair with features f is the same claim.
func (m *Model) Prob(f []float64) float64 {
	z := m.Bias
	for i, v := range f {
		z += m.Weights[i] * (v - m.Mean[i]) / m.Std[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// Level is how sure a match is.
type Level string

// The levels; LevelNone is below "possibly" and is not shown as a match.
const (
	LevelVeryLikely Level = "very_likely"
	LevelPossibly   Level = "possibly"
	LevelNone       Level = "unlikely"
)

// Level returns the level of a match with probability p.
func (m *Model) Level(p float64) Level {
	switch {
	case p >= m.VeryLikely:
		return LevelVeryLikely
	case p >= m.Possibly:
		return LevelPossibly
	}
	return LevelNone
}
