package match

import (
	"math"
	"sort"
	"sync"
)

// Retriever finds candidates for a text: the few documents worth
// re-ranking, best first. The in-memory BM25 Index is one; a faster engine
// (issue 13) can replace it without touching the re-ranker.
type Retriever interface {
	// Candidates returns up to k documents for text with their scores,
	// best first; Doc indexes the documents the retriever was built on.
	Candidates(text string, k int) []Hit
	// IDF returns the inverse document frequency of an index term (as
	// returned by Terms), for weighting word overlap.
	IDF(term string) float64
}

// Updater is a Retriever whose documents can be added and removed in
// place, without indexing the others again. The Index is one.
type Updater interface {
	Retriever
	// Add indexes texts as the next documents and returns the number of
	// the first (the others follow in order).
	Add(texts []string) int
	// Remove takes documents out of the index; their numbers are not
	// used again.
	Remove(docs []int)
}

// Hit is a retrieved document with its score.
type Hit struct {
	Doc   int
	Score float64
}

// The usual BM25 parameters, used when a model names none.
const (
	DefaultK1 = 1.2
	DefaultB  = 0.75
)

// posting is one document of a word's postings with the word's count in it.
type posting struct {
	doc int32
	tf  uint16
}

// Index is an in-memory BM25 index over documents (text + title). It is
// safe for concurrent use; documents can be added and removed in place
// (Add, Remove), each change costing the postings of the words it touches
// and one pass over the per-document and per-term figures, not a rebuild.
type Index struct {
	mu       sync.RWMutex
	terms    map[string]int32
	postings [][]posting // per term, by document number
	df       []int32     // per term, the live documents holding it
	docTerms [][]int32   // per document, its distinct terms; nil once removed
	docLen   []float32
	docNorm  []float64 // k1 * (1 - b + b * length / average length), per document
	live     int       // documents not removed
	totalLen float64   // words of the live documents
	idf      []float64
	k1, b    float64
	scratch  sync.Pool // *[]float64 score arrays, all zero between uses
}

// NewIndex indexes docs (each the text to search: claim text and title)
// for BM25 with the usual parameters.
func NewIndex(docs []string) *Index { return NewIndexBM25(docs, DefaultK1, DefaultB) }

// NewIndexBM25 indexes docs for BM25 with parameters k1 and b.
func NewIndexBM25(docs []string, k1, b float64) *Index {
	ix := &Index{terms: map[string]int32{}, k1: k1, b: b}
	ix.Add(docs)
	return ix
}

// Len returns the number of documents numbered, removed ones included.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.docLen)
}

// Add indexes texts as the next documents and returns the number of the
// first.
func (ix *Index) Add(texts []string) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	first := len(ix.docLen)
	tf := map[int32]uint16{}
	for i, text := range texts {
		ix.addDoc(int32(first+i), text, tf)
	}
	ix.refresh()
	return first
}

// addDoc appends the postings of document d; tf is scratch space.
func (ix *Index) addDoc(d int32, text string, tf map[int32]uint16) {
	clear(tf)
	ts := Terms(text)
	for _, t := range ts {
		id, ok := ix.terms[t]
		if !ok {
			id = int32(len(ix.postings))
			ix.terms[t] = id
			ix.postings = append(ix.postings, nil)
			ix.df = append(ix.df, 0)
		}
		if tf[id] < math.MaxUint16 {
			tf[id]++
		}
	}
	ids := make([]int32, 0, len(tf))
	for id := range tf {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		ix.postings[id] = append(ix.postings[id], posting{d, tf[id]})
		ix.df[id]++
	}
	ix.docTerms = append(ix.docTerms, ids)
	ix.docLen = append(ix.docLen, float32(len(ts)))
	ix.live++
	ix.totalLen += float64(len(ts))
}

// Remove takes documents out of the index: the postings lists of their
// words are filtered once per call.
func (ix *Index) Remove(docs []int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	gone := map[int32]bool{}
	touched := map[int32]bool{}
	for _, d := range docs {
		if d < 0 || d >= len(ix.docTerms) || ix.docTerms[d] == nil {
			continue
		}
		gone[int32(d)] = true
		for _, id := range ix.docTerms[d] {
			touched[id] = true
			ix.df[id]--
		}
		ix.docTerms[d] = nil
		ix.live--
		ix.totalLen -= float64(ix.docLen[d])
		ix.docLen[d] = 0
	}
	for id := range touched {
		ps := ix.postings[id][:0]
		for _, p := range ix.postings[id] {
			if !gone[p.doc] {
				ps = append(ps, p)
			}
		}
		ix.postings[id] = ps
	}
	if len(gone) > 0 {
		ix.refresh()
	}
}

// refresh recomputes what depends on every document: the length norms and
// the idf of every term (one pass over each; no text is read again).
func (ix *Index) refresh() {
	avg := 1.0
	if ix.live > 0 && ix.totalLen > 0 {
		avg = ix.totalLen / float64(ix.live)
	}
	if cap(ix.docNorm) < len(ix.docLen) {
		ix.docNorm = make([]float64, len(ix.docLen), cap(ix.docLen))
	}
	ix.docNorm = ix.docNorm[:len(ix.docLen)]
	for d, l := range ix.docLen {
		ix.docNorm[d] = ix.k1 * (1 - ix.b + ix.b*float64(l)/avg)
	}
	n := idfDocs(ix.live)
	ix.idf = ix.idf[:0]
	for _, df := range ix.df {
		ix.idf = append(ix.idf, math.Log(1+(n-float64(df)+0.5)/(float64(df)+0.5)))
	}
}

// IDF returns the idf of a term; unknown terms get the idf of a term seen once.
func (ix *Index) IDF(term string) float64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if id, ok := ix.terms[term]; ok && ix.df[id] > 0 {
		return ix.idf[id]
	}
	return math.Log(1 + (idfDocs(ix.live)-0.5)/1.5)
}

// minIDFDocs is the number of documents idf assumes at least: in an
// archive of a few records every word is rare or common by chance, and the
// model's features (learned on archives of 13,000 and 19,000 records) would
// read noise; with the floor a word of one record in three weighs like one
// of 1 in 1,000. Larger archives are not affected.
const minIDFDocs = 1000

// idfDocs returns the number of documents idf counts with: live, at least
// minIDFDocs.
func idfDocs(live int) float64 { return float64(max(live, minIDFDocs)) }
