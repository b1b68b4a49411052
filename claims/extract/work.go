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
	m  docMaps
	// The text's blocks, units and the blocks' languages and votes.
	bs, spans []span
	langs     []string
	votes     []langVote
	seen      repeatSet
	links     linkPosDE // the docState's lists of link words (ints: nothing of the text)
	// The backing arrays of the chooser's word lists (chooser.common and
	// notFirst), of the people named and of a unit's capitalised words
	// (docState.caps: ints, nothing of the text), handed to each docState
	// and taken back by keepLists.
	common, notFirst []string
	people           []person
	caps             []int32
}

// repeatSet returns the work's set of units read, empty.
func (w *work) repeatSet() *repeatSet {
	r := &w.seen
	clear(r.slots)
	*r = repeatSet{slots: r.slots, buf: r.buf}
	return r
}

// pooledSpans bounds the blocks and units, and pooledRepeatSlots the slots
// of the set of units read, that a pooled work keeps: an article of a few
// thousand units; the buffers of a longer text are dropped, not held by
// the pool.
const (
	pooledSpans       = 1 << 12
	pooledRepeatSlots = 1 << 13
)

// docMaps are the maps of a docState that its methods create on first use
// and only read or fill after that (people by name, roles, descriptions;
// the chooser's words are lazySets, filled by appending): an extraction starts
// with them empty but already grown, instead of growing them anew for
// every article. A map whose first use does more than create it (the
// chooser's entities) is not among them.
type docMaps struct {
	byKey        map[string]int
	roles, descs map[string]string
	spoke        map[string]bool // namedDE.spoke
	heads        map[string]int  // docState.heads (byFirst)
}

// pooledMapLen bounds the entries of a map the pool keeps: a map grown by
// a huge text is dropped rather than cleared for every article after it.
const pooledMapLen = 1 << 10

// docState returns a docState for one extraction, its maps taken from w
// (empty).
func (w *work) docState(trace *claimantTrace) docState {
	m := &w.m
	if m.byKey == nil {
		m.byKey, m.roles, m.descs = map[string]int{}, map[string]string{}, map[string]string{}
		m.spoke, m.heads = map[string]bool{}, map[string]int{}
	}
	d := docState{trace: trace, byKey: m.byKey, roles: m.roles, descs: m.descs, heads: m.heads, links: &w.links}
	d.named.spoke = m.spoke
	d.ch.common.vals, d.ch.notFirst.vals = w.common[:0], w.notFirst[:0]
	d.people = w.people[:0]
	d.caps = w.caps[:0]
	return d
}

// keepLists takes back the chooser's word lists and the people (grown by
// the article) for the next docState, so that they are not grown anew for
// every article.
func (w *work) keepLists(d *docState) {
	w.common, w.notFirst = d.ch.common.vals, d.ch.notFirst.vals
	w.people = d.people
	w.caps = d.caps
}

// clearMaps empties the pooled maps (dropping those grown past
// pooledMapLen), so that the pool holds no string of the text just read.
func (m *docMaps) clearMaps() {
	if len(m.byKey) > pooledMapLen || len(m.roles) > pooledMapLen || len(m.descs) > pooledMapLen ||
		len(m.spoke) > pooledMapLen || len(m.heads) > pooledMapLen {
		*m = docMaps{}
		return
	}
	clear(m.byKey)
	clear(m.roles)
	clear(m.descs)
	clear(m.spoke)
	clear(m.heads)
}

// clearWords returns ws emptied, its strings (of the text just read)
// dropped; nil when it grew past pooledTokens.
func clearWords(ws []string) []string {
	if cap(ws) > pooledTokens {
		return nil
	}
	clear(ws[:cap(ws)])
	return ws[:0]
}

// workPool holds the work values getWork hands out.
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
	w.reset()
	workPool.Put(w)
}

// reset drops the work's references into the text just read.
func (w *work) reset() {
	z := &w.z
	clear(z.toks[:cap(z.toks)])
	z.toks = z.toks[:0]
	if cap(z.toks) > pooledTokens {
		z.toks, z.low, z.lows = nil, nil, nil
	}
	z.ctx = unitCtx{}
	w.m.clearMaps()
	if cap(w.spans) > pooledSpans || cap(w.bs) > pooledSpans {
		w.bs, w.spans, w.langs, w.votes = nil, nil, nil, nil
	}
	if cap(w.links.derDes)+cap(w.links.vonGen)+cap(w.links.object) > pooledTokens {
		w.links = linkPosDE{}
	}
	if cap(w.caps) > pooledTokens {
		w.caps = nil // after a unit of tens of thousands of words
	}
	w.common, w.notFirst = clearWords(w.common), clearWords(w.notFirst)
	if cap(w.people) > pooledMapLen {
		w.people = nil
	}
	clear(w.people[:cap(w.people)])
	w.people = w.people[:0]
	if cap(w.seen.buf) > 4*pooledTokens || len(w.seen.slots) > pooledRepeatSlots {
		w.seen = repeatSet{}
	}
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
}
