package extract

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"
)

// Weights is a logistic-regression model over the named features: the score
// of a unit is 1/(1+exp(-(Bias + Σ Weights[f]·x_f))).
type Weights struct {
	Bias    float64
	Weights map[string]float64
}

// model is Weights in feature order.
type model struct {
	bias float64
	w    [nFeat]float64
}

// headingWeight is fixed by hand: the labelled sets hold no headings, and a
// heading is never a claim on its own.
const headingWeight = -4

func compile(ws Weights) model {
	m := model{bias: ws.Bias}
	for name, v := range ws.Weights {
		k := featureIndex(name)
		if k < 0 {
			panic(fmt.Sprintf("extract: weights name unknown feature %q", name))
		}
		m.w[k] = v
	}
	m.w[fHeading] = headingWeight
	return m
}

func featureIndex(name string) int {
	for k, n := range featureNames {
		if n == name {
			return k
		}
	}
	return -1
}

var models = map[string]model{}

func init() {
	for lang, ws := range fittedWeights {
		models[lang] = compile(ws)
	}
}

// score returns the unit's score and its reasons, strongest first.
func (m *model) score(a *analysis) (float64, []string) {
	z := m.bias
	type contrib struct {
		f int
		v float64
	}
	var cs [nFeat]contrib
	n := 0
	for f := 0; f < nFeat; f++ {
		v := m.w[f] * a.x[f]
		z += v
		if f != fLength && a.x[f] > 0 && math.Abs(v) >= 0.1 && a.ev[f] != "" {
			cs[n] = contrib{f, v}
			n++
		}
	}
	list := cs[:n]
	for i := 1; i < len(list); i++ { // insertion sort, stable, by |v| descending
		for j := i; j > 0 && math.Abs(list[j].v) > math.Abs(list[j-1].v); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	// Drop a reason whose evidence repeats a stronger one's ("number: 5 %"
	// beside "quantity: 5 %").
	kept := list[:0]
	for _, c := range list {
		dup := false
		for _, k := range kept {
			if a.ev[k.f] == a.ev[c.f] {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, c)
		}
	}
	list = kept
	// All reasons share one string: two allocations per unit, not seven.
	list = list[:min(len(list), 6)]
	size := 0
	for _, c := range list {
		size += len(featureNames[c.f]) + 2 + len(a.ev[c.f])
	}
	var sb strings.Builder
	sb.Grow(size)
	for _, c := range list {
		sb.WriteString(featureNames[c.f])
		sb.WriteString(": ")
		sb.WriteString(a.ev[c.f])
	}
	all := sb.String()
	reasons := make([]string, len(list))
	pos := 0
	for i, c := range list {
		k := len(featureNames[c.f]) + 2 + len(a.ev[c.f])
		reasons[i] = all[pos : pos+k]
		pos += k
	}

	s := 1 / (1 + math.Exp(-z))
	return math.Round(s*1e4) / 1e4, reasons
}

// TunedThreshold returns the threshold at which the cross-validated F1 on
// the labelled development data of lang was best (see internal/fit; for a
// language with a comment model, that model's), or DefaultThreshold. Those data are debate sentences and social-media
// comments; for news the DefaultThreshold is meant.
func TunedThreshold(lang string) float64 {
	if _, ok := commentModels[lang]; ok {
		return DefaultThreshold // FitComments moved the bias
	}
	if t, ok := tunedThresholds[lang]; ok {
		return t
	}
	return DefaultThreshold
}

// HeldOut reports whether the labelled row with this id was held back from
// fitting the weights (about one row in five, chosen by a hash of the id).
// claimctl eval reports its figures on these rows.
func HeldOut(id string) bool { return idHash(id)%5 == 0 }

// Fold returns the cross-validation fold (0 to k-1) of a row used in fitting.
func Fold(id string, k int) int { return int((idHash(id) / 5) % uint32(k)) }

func idHash(id string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()
}
