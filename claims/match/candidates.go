package match

import "container/heap"

// Candidates returns the k documents with the highest BM25 score for text.
func (ix *Index) Candidates(text string, k int) []Hit {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	qtf := map[int32]int{}
	var order []int32 // distinct query terms in order, so that sums are reproducible
	for _, t := range Terms(text) {
		if id, ok := ix.terms[t]; ok && ix.df[id] > 0 {
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
	if sp == nil || len(*sp) < len(ix.docLen) {
		s := make([]float64, len(ix.docLen)+len(ix.docLen)/8)
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

// Len returns the number of hits kept.
func (h hitHeap) Len() int { return len(h) }

// Less reports whether hit i is worse than hit j, so that the worst is on
// top.
func (h hitHeap) Less(i, j int) bool { return better(h[j], h[i]) }

// Swap swaps hits i and j.
func (h hitHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }

// Push adds the Hit x.
func (h *hitHeap) Push(x any) { *h = append(*h, x.(Hit)) }

// Pop removes and returns the last hit.
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
