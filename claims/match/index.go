package match

import (
	"container/heap"
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

type posting struct {
	doc int32
	tf  uint16
}

// Index is an in-memory BM25 index over documents (text + title).
type Index struct {
	terms    map[string]int32
	postings [][]posting
	docLen   []float32
	docNorm  []float64 // k1 * (1 - b + b * length / average length), per document
	avgLen   float64
	idf      []float64
	k1, b    float64
	scratch  sync.Pool // *[]float64 score arrays, all zero between uses
}

// NewIndex indexes docs (each the text to search: claim text and title)
// for BM25 with the usual parameters.
func NewIndex(docs []string) *Index { return NewIndexBM25(docs, DefaultK1, DefaultB) }

// NewIndexBM25 indexes docs for BM25 with parameters k1 and b.
func NewIndexBM25(docs []string, k1, b float64) *Index {
	ix := &Index{terms: map[string]int32{}, docLen: make([]float32, len(docs)), k1: k1, b: b}
	tf := map[int32]uint16{}
	total := 0
	for d, text := range docs {
		clear(tf)
		ts := Terms(text)
		for _, t := range ts {
			id, ok := ix.terms[t]
			if !ok {
				id = int32(len(ix.postings))
				ix.terms[t] = id
				ix.postings = append(ix.postings, nil)
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
			ix.postings[id] = append(ix.postings[id], posting{int32(d), tf[id]})
		}
		ix.docLen[d] = float32(len(ts))
		total += len(ts)
	}
	if len(docs) > 0 {
		ix.avgLen = float64(total) / float64(len(docs))
	}
	ix.docNorm = make([]float64, len(docs))
	for d, l := range ix.docLen {
		ix.docNorm[d] = k1 * (1 - b + b*float64(l)/ix.avgLen)
	}
	n := float64(len(docs))
	ix.idf = make([]float64, len(ix.postings))
	for i, p := range ix.postings {
		df := float64(len(p))
		ix.idf[i] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	return ix
}

// Len returns the number of documents.
func (ix *Index) Len() int { return len(ix.docLen) }

// IDF returns the idf of a term; unknown terms get the idf of a term seen once.
func (ix *Index) IDF(term string) float64 {
	if id, ok := ix.terms[term]; ok {
		return ix.idf[id]
	}
	n := float64(len(ix.docLen))
	return math.Log(1 + (n-0.5)/1.5)
}

// Candidates returns the k documents with the highest BM25 score for text.
func (ix *Index) Candidates(text string, k int) []Hit {
	qtf := map[int32]int{}
	var order []int32 // distinct query terms in order, so that sums are reproducible
	for _, t := range Terms(text) {
		if id, ok := ix.terms[t]; ok {
			if qtf[id] == 0 {
				order = append(order, id)
			}
			qtf[id]++
		}
	}
	if len(qtf) == 0 || k <= 0 {
		return nil
	}
	sp, _ := ix.scratch.Get().(*[]float64)
	if sp == nil {
		s := make([]float64, len(ix.docLen))
		sp = &s
	}
	scores := *sp
	var touched []int32
	for _, id := range order {
		idf := ix.idf[id] * float64(qtf[id])
		for _, p := range ix.postings[id] {
			tf := float64(p.tf)
			if scores[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			scores[p.doc] += idf * tf * (ix.k1 + 1) / (tf + ix.docNorm[p.doc])
		}
	}
	h := make(hitHeap, 0, k+1)
	for _, d := range touched {
		s := scores[d]
		if len(h) < k {
			heap.Push(&h, Hit{int(d), s})
		} else if better(Hit{int(d), s}, h[0]) {
			h[0] = Hit{int(d), s}
			heap.Fix(&h, 0)
		}
	}
	for _, d := range touched {
		scores[d] = 0
	}
	ix.scratch.Put(sp)
	out := make([]Hit, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&h).(Hit)
	}
	return out
}

// better orders hits by score, then by document for a stable order.
func better(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Doc < b.Doc
}

// hitHeap is a min-heap: the worst kept hit on top.
type hitHeap []Hit

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(Hit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
