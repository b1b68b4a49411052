package match

import (
	"errors"
	"strings"
	"sync"
	"time"
)

// Query is a claim to match.
type Query struct {
	Text     string
	Claimant string
	Date     time.Time // when the claim was made (or its article published); zero if unknown
}

// Result is one ranked match.
type Result struct {
	Doc     int      // index into the matcher's documents
	Prob    float64  // the model's probability that it is the same claim; 0 when ranking by BM25 alone
	BM25    float64  //
	Level   Level    //
	Reasons []Reason // why it matched
}

// Matcher ranks documents against claims: BM25 candidates from a
// Retriever, re-ranked by a Model. It is safe for concurrent use.
type Matcher struct {
	mu    sync.RWMutex // guards docs and claimants against Add and Remove
	r     Retriever
	docs  []Doc
	model *Model // nil ranks by BM25 alone
	// claimants counts the documents of each claimant (lower case): a
	// claimant checked often is likely to be checked again.
	claimants map[string]int
}

// NewMatcher indexes docs (text and title) in memory with the model's BM25
// parameters and re-ranks with model (nil: BM25 alone, usual parameters).
func NewMatcher(docs []Doc, model *Model) *Matcher {
	k1, b := DefaultK1, DefaultB
	if model != nil {
		k1, b = model.K1, model.B
	}
	return NewMatcherBM25(docs, model, k1, b)
}

// NewMatcherBM25 is NewMatcher with the BM25 parameters given.
func NewMatcherBM25(docs []Doc, model *Model, k1, b float64) *Matcher {
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text + " " + d.Title
	}
	return NewMatcherWith(NewIndexBM25(texts, k1, b), docs, model)
}

// NewMatcherWith uses another retriever built over the same docs.
func NewMatcherWith(r Retriever, docs []Doc, model *Model) *Matcher {
	m := &Matcher{r: r, docs: docs, model: model, claimants: map[string]int{}}
	for _, d := range docs {
		m.countClaimant(d, 1)
	}
	return m
}

// countClaimant adds n to the count of d's claimant.
func (m *Matcher) countClaimant(d Doc, n int) {
	if c := claimantKey(d.Claimant); c != "" {
		m.claimants[c] += n
		if m.claimants[c] <= 0 {
			delete(m.claimants, c)
		}
	}
}

// claimantKey returns the claimant s lower-cased and trimmed, as the
// matcher counts claimants.
func claimantKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Docs returns the documents the matcher ranks, by number; a removed
// document is left as the zero Doc.
func (m *Matcher) Docs() []Doc {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.docs[:len(m.docs):len(m.docs)]
}

// ErrNotUpdatable is returned by Add and Remove when the matcher's
// retriever cannot change in place (it is not an Updater).
var ErrNotUpdatable = errors.New("match: the retriever cannot add or remove documents")

// Add indexes docs in place and returns the number of the first (the
// others follow in order); the documents already indexed are not touched.
func (m *Matcher) Add(docs []Doc) (int, error) {
	u, ok := m.r.(Updater)
	if !ok {
		return 0, ErrNotUpdatable
	}
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text + " " + d.Title
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	first := u.Add(texts)
	for len(m.docs) < first {
		m.docs = append(m.docs, Doc{}) // numbers the retriever used without us
	}
	m.docs = append(m.docs, docs...)
	for _, d := range docs {
		m.countClaimant(d, 1)
	}
	return first, nil
}

// Remove takes documents out of the matcher; their numbers are not used
// again.
func (m *Matcher) Remove(docs []int) error {
	u, ok := m.r.(Updater)
	if !ok {
		return ErrNotUpdatable
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	u.Remove(docs)
	for _, d := range docs {
		if d >= 0 && d < len(m.docs) {
			m.countClaimant(m.docs[d], -1)
			m.docs[d] = Doc{}
		}
	}
	return nil
}
