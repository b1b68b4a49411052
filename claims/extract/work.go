package extract

import "sync"

// work is the state of one extraction that the next one can reuse: the
// tokenizer's buffers and slab, and the two stages with their lists. A
// text of many short articles then costs few allocations per article.
// What the slab handed out stays valid (it never writes a byte twice), so
// its chunk is shared by the units of the extractions that used it.
type work struct {
	z  tokenizer
	st [2]staged
}

var workPool = sync.Pool{New: func() any { return new(work) }}

// getWork returns a work for one extraction; release gives it back.
func getWork() *work { return workPool.Get().(*work) }

// pooledTokens bounds the buffers a pooled work keeps: after a unit of
// tens of thousands of words (a text without sentence ends), its buffers
// are dropped instead of being held in the pool.
const pooledTokens = 1 << 13

// release drops the work's references into the text just read and puts it
// back into the pool. Only the slab's current chunk of strings may still
// point into a text (the entities of units handed out, which the units
// hold anyway); the pool lets go of it at the second garbage collection
// at the latest.
func (w *work) release() {
	z := &w.z
	clear(z.toks[:cap(z.toks)])
	z.toks = z.toks[:0]
	if cap(z.toks) > pooledTokens {
		z.toks, z.low, z.lows = nil, nil, nil
	}
	z.ctx = unitCtx{}
	for i := range w.st {
		st := &w.st[i]
		a := &st.a
		clear(a.entities[:cap(a.entities)])
		clear(a.dates[:cap(a.dates)])
		clear(a.numbers[:cap(a.numbers)])
		*a = analysis{entities: a.entities[:0], dates: a.dates[:0], numbers: a.numbers[:0], attrib: a.attrib[:0]}
		*st = staged{a: st.a, terms: st.terms[:0]}
		if cap(st.terms) > 4*pooledTokens {
			st.terms = nil
		}
	}
	workPool.Put(w)
}
