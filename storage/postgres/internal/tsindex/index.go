// Package tsindex is an in-memory index of PostgreSQL tsvectors that finds
// the rows a tsquery of ANDs, ORs and phrases (<->, <N>) of (prefix)
// lexemes matches, as the @@ operator does (phrases on the lexemes'
// positions, kept with the postings), and ranks them exactly as
// ts_rank(vector, query) does with its default weights and no
// normalization when the query's top operator is an OR (or the query is
// one lexeme): PostgreSQL's calc_rank_or, bit for bit in float arithmetic.
// calc_rank_or takes the query's distinct operands alone, whatever joins
// them (phrases too), and ts_rank has no corpus statistics, so each lexeme
// of a row contributes a fixed impact, computed once when the row is
// indexed; a search adds up the impacts of its lexemes' postings instead
// of reading and scoring every matching row's vector on the server.
//
// The rows' lexemes come from the server (the vectors' text, ParseVector),
// so that the index holds what the server's text search configurations
// (stemming, stop words) made of the texts.
//
// An Index is not safe for concurrent use: its owner serializes writes
// against reads.
package tsindex

import (
	"slices"
)

// postings are the documents holding one lexeme, in document order, with
// the lexeme's impact in each and its positions (see appendPositions), one
// run of bytes per document in the same order.
type postings struct {
	docs []uint32
	imp  []float32
	pos  []byte
}

// Index holds the lexemes of a set of rows. A row's document is its
// current version; replacing or removing a row marks its old document
// dead, and Compact drops dead documents from the postings.
type Index struct {
	ids     map[string]int32 // lexeme → term id
	terms   []string         // term id → lexeme
	sorted  []int32          // term ids in lexeme order (up to pending)
	pending []int32          // term ids not in sorted yet

	post  []postings
	row   []int64  // document → row id
	dead  []uint64 // bit set of documents no longer current
	doc   map[int64]uint32
	nDead int

	acc  []float32 // a search's sums by document, zero between searches
	buf  []byte
	keys []uint64 // a phrase search's positions (matcher.prepare), kept for the next
}

// New returns an empty index.
func New() *Index {
	return &Index{ids: map[string]int32{}, doc: map[int64]uint32{}}
}

// Rows returns the number of rows (current documents).
func (ix *Index) Rows() int { return len(ix.doc) }

// Postings returns the number of postings held, dead documents' included.
func (ix *Index) Postings() int {
	n := 0
	for i := range ix.post {
		n += len(ix.post[i].docs)
	}
	return n
}

// Has reports whether row is indexed.
func (ix *Index) Has(row int64) bool { _, ok := ix.doc[row]; return ok }

// Set indexes row with the entries of its vector (ParseVector), replacing
// what it held. Every lexeme must occur once in entries, as in a tsvector.
func (ix *Index) Set(row int64, entries []Entry) {
	ix.Remove(row)
	d := uint32(len(ix.row))
	for _, e := range entries {
		ix.add(d, []byte(e.Lexeme), e.Impact, e.Pos)
	}
	ix.addDoc(row, d)
}

// add appends document d with impact imp and positions pos to the
// postings of lex.
func (ix *Index) add(d uint32, lex []byte, imp float32, pos []uint16) {
	id, ok := ix.ids[string(lex)]
	if !ok {
		id = int32(len(ix.terms))
		l := string(lex)
		ix.ids[l] = id
		ix.terms = append(ix.terms, l)
		ix.post = append(ix.post, postings{})
		ix.pending = append(ix.pending, id)
	}
	p := &ix.post[id]
	p.docs = append(p.docs, d)
	p.imp = append(p.imp, imp)
	p.pos = appendPositions(p.pos, pos)
}

// addDoc records d as row's current document.
func (ix *Index) addDoc(row int64, d uint32) {
	ix.row = append(ix.row, row)
	if int(d/64) >= len(ix.dead) {
		ix.dead = append(ix.dead, 0)
	}
	ix.doc[row] = d
}

// Remove drops row from the index (its document stays in the postings,
// dead, until Compact).
func (ix *Index) Remove(row int64) {
	d, ok := ix.doc[row]
	if !ok {
		return
	}
	delete(ix.doc, row)
	ix.dead[d/64] |= 1 << (d % 64)
	ix.nDead++
}

// isDead reports whether document d was removed.
func (ix *Index) isDead(d uint32) bool { return ix.dead[d/64]&(1<<(d%64)) != 0 }

// Garbage returns the share of documents that are dead.
func (ix *Index) Garbage() float64 {
	if len(ix.row) == 0 {
		return 0
	}
	return float64(ix.nDead) / float64(len(ix.row))
}

// Compact renumbers the live documents and drops the dead ones from the
// postings.
func (ix *Index) Compact() {
	if ix.nDead == 0 {
		return
	}
	renum := make([]uint32, len(ix.row))
	var rows []int64
	for d, r := range ix.row {
		if !ix.isDead(uint32(d)) {
			renum[d] = uint32(len(rows))
			rows = append(rows, r)
		}
	}
	for i := range ix.post {
		p := &ix.post[i]
		n, w, r := 0, 0, 0
		for j, d := range p.docs {
			end := skipPositions(p.pos, r)
			if !ix.isDead(d) {
				p.docs[n], p.imp[n] = renum[d], p.imp[j]
				w += copy(p.pos[w:], p.pos[r:end])
				n++
			}
			r = end
		}
		p.docs, p.imp, p.pos = slices.Clip(p.docs[:n]), slices.Clip(p.imp[:n]), slices.Clip(p.pos[:w])
	}
	ix.row = rows
	ix.dead = make([]uint64, (len(rows)+63)/64)
	for r := range ix.doc {
		ix.doc[r] = renum[ix.doc[r]]
	}
	ix.nDead = 0
	ix.acc, ix.keys = nil, nil
}

// sortTerms brings the pending term ids into sorted.
func (ix *Index) sortTerms() {
	if len(ix.pending) == 0 {
		return
	}
	byLexeme := func(a, b int32) int {
		switch {
		case ix.terms[a] < ix.terms[b]:
			return -1
		case ix.terms[a] > ix.terms[b]:
			return 1
		}
		return 0
	}
	if len(ix.pending) < 64 && len(ix.sorted) > 0 {
		for _, id := range ix.pending {
			i, _ := slices.BinarySearchFunc(ix.sorted, id, byLexeme)
			ix.sorted = slices.Insert(ix.sorted, i, id)
		}
	} else {
		ix.sorted = append(ix.sorted, ix.pending...)
		slices.SortFunc(ix.sorted, byLexeme)
	}
	ix.pending = ix.pending[:0]
}

// termIDs returns the term ids an operand matches, in lexeme order: its
// lexeme, or with prefix every lexeme that starts with it.
func (ix *Index) termIDs(lexeme string, prefix bool) []int32 {
	if !prefix {
		if id, ok := ix.ids[lexeme]; ok {
			return []int32{id}
		}
		return nil
	}
	i, _ := slices.BinarySearchFunc(ix.sorted, lexeme, func(id int32, l string) int {
		switch {
		case ix.terms[id] < l:
			return -1
		case ix.terms[id] > l:
			return 1
		}
		return 0
	})
	j := i
	for j < len(ix.sorted) && len(ix.terms[ix.sorted[j]]) >= len(lexeme) && ix.terms[ix.sorted[j]][:len(lexeme)] == lexeme {
		j++
	}
	return ix.sorted[i:j]
}
