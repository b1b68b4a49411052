package textindex

import "math"

// Candidates returns the k rows that best match any token of text, best
// first, by the same BM25 as Search (every distinct token a phrase, no
// prefixes, natural logarithm from Go's math.Log): the candidate step of
// "seen before" retrieval. Rank is the negated score. It scores every row
// holding any of the words (no pruning): a text with a very common word
// costs time in proportion to that word's rows.
//
// It has the shape of claims/match's Retriever: an adapter there is
//
//	type indexRetriever struct{ ix *textindex.Index }
//
//	func (r indexRetriever) Candidates(text string, k int) []Hit {
//		var out []Hit
//		for _, h := range r.ix.Candidates(text, k) {
//			out = append(out, Hit{Doc: int(h.Row), Score: -h.Rank})
//		}
//		return out
//	}
//
//	func (r indexRetriever) IDF(term string) float64 { return r.ix.IDF(term) }
//
// over an index whose rows are the documents' numbers (ix.Set(int64(i),
// text, title)). Its terms are FTS5's tokens (ForEachToken), not those of
// match.Terms, so IDF of a term that match.Terms changed (stemmed) falls
// back to a term seen once.
func (ix *Index) Candidates(text string, k int) []Hit {
	seen := map[string]bool{}
	var term []Phrase
	for _, tok := range Tokens(text) {
		if !seen[tok] {
			seen[tok] = true
			term = append(term, Phrase{Token: tok})
		}
	}
	if len(term) == 0 {
		return nil
	}
	hits, _ := ix.Search(Query{term}, k, math.Log)
	return hits
}

// IDF returns the inverse document frequency of a token as bm25() weighs
// it: ln((N - n + 0.5) / (n + 0.5)) for n of the N rows holding it, at
// least 1e-6; a token no row holds counts as held by one.
func (ix *Index) IDF(token string) float64 {
	n := int64(1)
	if id, ok := ix.ids[token]; ok {
		n = 0
		for _, d := range ix.post[id].docs {
			if !ix.isDead(d) {
				n++
			}
		}
		n = max(n, 1)
	}
	rows := int64(ix.Rows())
	idf := math.Log((float64(rows-n) + 0.5) / (float64(n) + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}
