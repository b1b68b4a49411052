// Package textindex is an in-memory full-text index that ranks exactly as
// SQLite FTS5's bm25() does on a table tokenized by unicode61 with
// remove_diacritics 2 (see ForEachToken), without FTS5's per-row cost: a
// search visits the postings of its words in memory and computes BM25 for
// the (frequency, length) classes of the hits, not row by row through
// FTS5's auxiliary-function interface. storage/sqlite keeps one over the
// claims beside claims_fts; Candidates serves "seen before" retrieval.
//
// An Index is not safe for concurrent use: its owner serializes writes
// against reads.
package textindex

import (
	"slices"
	"strings"
)

// postings are the documents holding one term, in document order, with
// the term's frequency in each (saturated at 255; see Index.bigTF).
type postings struct {
	docs []uint32
	tfs  []uint8
}

// Index holds the tokens of a set of rows (a row: several texts, like the
// columns of an FTS5 table). A row's document is its current version;
// replacing or removing a row marks its old document dead, and Compact
// drops dead documents from the postings.
type Index struct {
	ids    map[string]int32 // term → term id
	terms  []string         // term id → term
	sorted []int32          // term ids in term order, for prefixes
	post   []postings       // term id → postings

	row    []int64  // document → row id
	length []uint32 // document → number of tokens
	dead   []uint64 // bit set of documents no longer current
	doc    map[int64]uint32
	bigTF  map[[2]uint32]uint32 // (term, document) → frequency above 255
	nDead  int
	tokens int64 // tokens of the current documents

	// weights are the columns' weights in bm25(); when one is not 1, each
	// term is kept per column (key: term, 0, column number) and weight
	// holds each term id's column weight.
	weights []float64
	weight  []float64

	buf   []byte
	key   []byte
	slots []int32 // match's dense candidate numbers, zero between searches
	tf    map[int32]uint32
}

// New returns an empty index whose rows' columns all weigh 1 in bm25().
func New() *Index { return NewWeighted(nil) }

// NewWeighted returns an empty index whose rows' columns weigh as weights
// say in bm25() (as its arguments after the table name; missing ones 1).
func NewWeighted(weights []float64) *Index {
	ix := &Index{ids: map[string]int32{}, doc: map[int64]uint32{}, bigTF: map[[2]uint32]uint32{}, tf: map[int32]uint32{}}
	for _, w := range weights {
		if w != 1 {
			ix.weights = weights
		}
	}
	return ix
}

// columnKey is the key of tok in column col of an index with weights.
func columnKey(buf []byte, tok []byte, col int) []byte {
	return append(append(append(buf[:0], tok...), 0), byte(col))
}

// termOf returns the term of a key.
func termOf(key string) string {
	if i := strings.IndexByte(key, 0); i >= 0 {
		return key[:i]
	}
	return key
}

// Rows returns the number of rows (current documents).
func (ix *Index) Rows() int { return len(ix.doc) }

// Tokens returns the number of tokens of all rows.
func (ix *Index) Tokens() int64 { return ix.tokens }

// Terms returns the number of distinct terms ever indexed.
func (ix *Index) Terms() int { return len(ix.terms) }

// Has reports whether row is indexed.
func (ix *Index) Has(row int64) bool { _, ok := ix.doc[row]; return ok }

// Set indexes row with texts (its columns), replacing what it held.
func (ix *Index) Set(row int64, texts ...string) {
	ix.Remove(row)
	d := uint32(len(ix.row))
	clear(ix.tf)
	n := uint32(0)
	for col, text := range texts {
		ix.buf = ForEachToken(text, ix.buf, func(tok []byte) {
			if ix.weights != nil {
				ix.key = columnKey(ix.key, tok, col)
				tok = ix.key
			}
			id, ok := ix.ids[string(tok)]
			if !ok {
				id = ix.addTerm(string(tok), col)
			}
			ix.tf[id]++
			n++
		})
	}
	for id, f := range ix.tf {
		p := &ix.post[id]
		p.docs = append(p.docs, d)
		p.tfs = append(p.tfs, uint8(min(f, 255)))
		if f >= 255 {
			ix.bigTF[[2]uint32{uint32(id), d}] = f
		}
	}
	ix.row = append(ix.row, row)
	ix.length = append(ix.length, n)
	if int(d/64) >= len(ix.dead) {
		ix.dead = append(ix.dead, 0)
	}
	ix.doc[row] = d
	ix.tokens += int64(n)
}

// addTerm gives term (a key, of column col) a new id, keeping sorted in
// term order.
func (ix *Index) addTerm(term string, col int) int32 {
	id := int32(len(ix.terms))
	ix.ids[term] = id
	ix.terms = append(ix.terms, term)
	ix.post = append(ix.post, postings{})
	w := 1.0
	if col < len(ix.weights) {
		w = ix.weights[col]
	}
	ix.weight = append(ix.weight, w)
	i, _ := slices.BinarySearchFunc(ix.sorted, term, func(a int32, t string) int { return strings.Compare(ix.terms[a], t) })
	ix.sorted = slices.Insert(ix.sorted, i, id)
	return id
}

// Remove drops row from the index (nothing if it is not indexed).
func (ix *Index) Remove(row int64) {
	d, ok := ix.doc[row]
	if !ok {
		return
	}
	delete(ix.doc, row)
	ix.dead[d/64] |= 1 << (d % 64)
	ix.nDead++
	ix.tokens -= int64(ix.length[d])
}

// isDead reports whether document d is no longer current.
func (ix *Index) isDead(d uint32) bool { return ix.dead[d/64]&(1<<(d%64)) != 0 }

// Garbage returns the share of documents that are dead.
func (ix *Index) Garbage() float64 {
	if len(ix.row) == 0 {
		return 0
	}
	return float64(ix.nDead) / float64(len(ix.row))
}

// Compact drops dead documents from the postings and renumbers the rest.
func (ix *Index) Compact() {
	if ix.nDead == 0 {
		return
	}
	renum := make([]uint32, len(ix.row))
	var row []int64
	var length []uint32
	for d := range ix.row {
		if !ix.isDead(uint32(d)) {
			renum[d] = uint32(len(row))
			row = append(row, ix.row[d])
			length = append(length, ix.length[d])
		}
	}
	big := map[[2]uint32]uint32{}
	for id := range ix.post {
		p := &ix.post[id]
		k := 0
		for i, d := range p.docs {
			if ix.isDead(d) {
				continue
			}
			if f, ok := ix.bigTF[[2]uint32{uint32(id), d}]; ok {
				big[[2]uint32{uint32(id), renum[d]}] = f
			}
			p.docs[k], p.tfs[k] = renum[d], p.tfs[i]
			k++
		}
		p.docs, p.tfs = slices.Clip(p.docs[:k]), slices.Clip(p.tfs[:k])
	}
	for r, d := range ix.doc {
		ix.doc[r] = renum[d]
	}
	ix.row, ix.length, ix.bigTF = row, length, big
	ix.dead = make([]uint64, (len(row)+63)/64)
	ix.nDead = 0
}

// freq returns the frequency of term id in document d at postings index i.
func (ix *Index) freq(id int32, i int) uint32 {
	p := &ix.post[id]
	if f := p.tfs[i]; f < 255 {
		return uint32(f)
	}
	return ix.bigTF[[2]uint32{uint32(id), p.docs[i]}]
}

// prefixIDs returns the ids of the terms that start with prefix.
func (ix *Index) prefixIDs(prefix string) []int32 {
	cmp := func(a int32, t string) int { return strings.Compare(ix.terms[a], t) }
	i, _ := slices.BinarySearchFunc(ix.sorted, prefix, cmp)
	var out []int32
	for ; i < len(ix.sorted) && strings.HasPrefix(ix.terms[ix.sorted[i]], prefix); i++ {
		out = append(out, ix.sorted[i])
	}
	return out
}

// TermStats calls fn for every term with the number of current rows that
// hold it and its number of occurrences in them, in term order; it is what
// FTS5's fts5vocab "row" table gives, for comparing vocabularies.
func (ix *Index) TermStats(fn func(term string, rows, count int64)) {
	for i := 0; i < len(ix.sorted); {
		term := termOf(ix.terms[ix.sorted[i]])
		rows := map[uint32]bool{}
		var c int64
		for ; i < len(ix.sorted) && termOf(ix.terms[ix.sorted[i]]) == term; i++ {
			id := ix.sorted[i]
			for j, d := range ix.post[id].docs {
				if !ix.isDead(d) {
					rows[d] = true
					c += int64(ix.freq(id, j))
				}
			}
		}
		if len(rows) > 0 {
			fn(term, int64(len(rows)), c)
		}
	}
}
