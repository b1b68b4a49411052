package match

import "sort"

// Rank returns up to top matches for q, best first. skip (may be nil)
// leaves documents out, e.g. dismissed pairs or the claim itself.
func (m *Matcher) Rank(q Query, top int, skip func(doc int) bool) []Result {
	m.mu.RLock()
	defer m.mu.RUnlock()
	text := Clean(q.Text)
	k := top
	if m.model != nil && m.model.Candidates > k {
		k = m.model.Candidates
	}
	hits := m.r.Candidates(text, k+8)
	kept := hits[:0]
	for _, h := range hits {
		if skip == nil || !skip(h.Doc) {
			kept = append(kept, h)
		}
	}
	if len(kept) > k {
		kept = kept[:k]
	}
	if len(kept) == 0 {
		return nil
	}
	var out []Result
	if m.model == nil {
		for _, h := range kept {
			out = append(out, Result{Doc: h.Doc, BM25: h.Score})
		}
	} else {
		out = m.rerank(text, q, kept, top)
	}
	if len(out) > top {
		out = out[:top]
	}
	for i := range out {
		out[i].Reasons = Reasons(text, m.docs[out[i].Doc])
		if m.model != nil {
			out[i].Level = m.model.Level(out[i].Prob)
		}
	}
	return out
}

// rerank scores the candidates by the model, best first: all of them by
// the features that need no analysis of their text, then those the
// prefilter keeps (at least top) by all features.
func (m *Matcher) rerank(text string, q Query, hits []Hit, top int) []Result {
	qa := analyze(text, m.r, nil, true)
	self := selfScore(qa, m.k1())
	fs := make([][]float64, len(hits))
	for i, h := range hits {
		fs[i] = m.cheapFeatures(qa, q, h, i, hits[0].Score, self)
	}
	var out []Result
	for _, i := range Prefilter(m.model.Prefilter, fs, top) {
		textFeatures(fs[i], qa, m.docs[hits[i].Doc], m.r)
		out = append(out, Result{Doc: hits[i].Doc, BM25: hits[i].Score, Prob: m.model.Prob(fs[i])})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Prob > out[j].Prob })
	return out
}

// Prefilter returns the positions of the candidates (features fs, best
// BM25 first) that stage s keeps — its Keep best, at least top — in their
// BM25 order; all of them when s is nil or keeps as many.
func Prefilter(s *Stage, fs [][]float64, top int) []int {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	if s == nil || len(fs) <= max(s.Keep, top) {
		return idx
	}
	score := make([]float64, len(fs))
	for i, f := range fs {
		score[i] = s.Score(f)
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	idx = idx[:max(s.Keep, top)]
	sort.Ints(idx)
	return idx
}

// CandidateFeatures returns the k BM25 candidates of q with all the
// features the model scores them by, for fitting a model (see
// internal/fit).
func (m *Matcher) CandidateFeatures(q Query, k int) ([]Hit, [][]float64) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	text := Clean(q.Text)
	hits := m.r.Candidates(text, k)
	if len(hits) == 0 {
		return nil, nil
	}
	qa := analyze(text, m.r, nil, true)
	self := selfScore(qa, m.k1())
	fs := make([][]float64, len(hits))
	for i, h := range hits {
		fs[i] = m.cheapFeatures(qa, q, h, i, hits[0].Score, self)
		textFeatures(fs[i], qa, m.docs[h.Doc], m.r)
	}
	return hits, fs
}

// cheapFeatures computes the features of candidate h at rank that need no
// analysis of its text.
func (m *Matcher) cheapFeatures(qa *analysis, q Query, h Hit, rank int, best, self float64) []float64 {
	d := m.docs[h.Doc]
	return cheapFeatures(qa, q.Claimant, q.Date, d, h, rank, best, self, m.claimants[claimantKey(d.Claimant)])
}

// k1 is the BM25 k1 the candidates are scored with (for bm25_self): the
// in-memory index's, else the model's, else the usual one.
func (m *Matcher) k1() float64 {
	if ix, ok := m.r.(*Index); ok {
		return ix.k1
	}
	if m.model != nil {
		return m.model.K1
	}
	return DefaultK1
}
