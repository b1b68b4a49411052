package tsindex

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
)

// matcher computes the documents a query matches, as the server's
// TS_execute does for @@: the ANDs and ORs above phrase operators on the
// operands' sets of documents, and each phrase operator (with what is
// below it) on the positions of the documents that hold all it needs, as
// TS_phrase_execute.
type matcher struct {
	ix    *Index
	q     *Query
	sets  [][]uint64 // by operand: the documents holding it, dead ones too
	words int

	cands map[*node][]uint64 // the live candidates of each top phrase operator
	all   []uint64           // their union
	keys  [][]uint64         // by operand: document<<16 | position, ascending, of the candidates in all
	cur   []int              // by operand: where the phrase being checked has got to in keys
	arena []int32            // positions of one document's check
}

// eval returns the set of documents that match n, a node above any phrase
// operator.
func (m *matcher) eval(n *node) []uint64 {
	switch n.op {
	case 0:
		return m.sets[n.operand]
	case '<':
		if m.cands == nil {
			m.prepare(m.q.root)
		}
		return m.phrase(n)
	}
	return m.combine(n.op, m.eval(n.left), m.eval(n.right))
}

// combine returns the AND ('&') or OR of two sets of documents.
func (m *matcher) combine(op byte, l, r []uint64) []uint64 {
	out := make([]uint64, m.words)
	for i := range out {
		if op == '&' {
			out[i] = l[i] & r[i]
		} else {
			out[i] = l[i] | r[i]
		}
	}
	return out
}

// loose returns the documents that hold what n needs, each phrase
// operator taken as an AND: every document n matches, and more.
func (m *matcher) loose(n *node) []uint64 {
	if n.op == 0 {
		return m.sets[n.operand]
	}
	op := n.op
	if op == '<' {
		op = '&'
	}
	return m.combine(op, m.loose(n.left), m.loose(n.right))
}

// keepKeys is the most keys (8 bytes each) an index keeps between phrase
// searches, so that the next one need not allocate and fault its pages in
// again.
const keepKeys = 1 << 20

// prepare finds the candidates of every top phrase operator under root
// (the live documents holding what it needs) and reads its operands'
// positions in them.
func (m *matcher) prepare(root *node) {
	m.cands = map[*node][]uint64{}
	m.all = make([]uint64, m.words)
	var ops []int // the operands under phrases, each once
	seen := make([]bool, len(m.q.items))
	var walk func(n *node, under bool)
	walk = func(n *node, under bool) {
		switch {
		case n.op == 0:
			if under && !seen[n.operand] {
				seen[n.operand] = true
				ops = append(ops, n.operand)
			}
			return
		case n.op == '<' && !under:
			c := m.loose(n) // a new set: n has two children
			for i := range c {
				c[i] &^= m.ix.dead[i]
				m.all[i] |= c[i]
			}
			m.cands[n] = c
			under = true
		}
		walk(n.left, under)
		walk(n.right, under)
	}
	walk(root, false)
	ids := make([][]int32, len(m.q.items))
	sizes, terms := make([]int, len(m.q.items)), make([]int, len(m.q.items))
	total := 0
	for _, o := range ops {
		ids[o] = m.ix.termIDs(m.q.items[o].lexeme, m.q.items[o].prefix)
		sizes[o], terms[o] = m.countKeys(ids[o])
		total += sizes[o]
	}
	buf := m.ix.keys
	if cap(buf) < total {
		buf = make([]uint64, total)
		if total <= keepKeys {
			m.ix.keys = buf
		}
	}
	buf = buf[:cap(buf)]
	m.keys = make([][]uint64, len(m.q.items))
	m.cur = make([]int, len(m.q.items))
	off := 0
	for _, o := range ops {
		m.keys[o] = m.readKeys(ids[o], terms[o] > 1, buf[off:off:off+sizes[o]])
		off += sizes[o]
	}
}

// readKeys appends to keys the positions of the lexemes ids in the
// candidates and returns them, sorted by document and position: a
// lexeme's own positions, or a prefix's lexemes' together (several), as
// checkcondition_str joins them. A lexeme without positions is position 0
// (positions start at 1).
func (m *matcher) readKeys(ids []int32, several bool, keys []uint64) []uint64 {
	var buf []uint16
	for _, id := range ids {
		p := &m.ix.post[id]
		off := 0
		for _, d := range p.docs {
			if m.all[d/64]&(1<<(d%64)) == 0 {
				off = skipPositions(p.pos, off)
				continue
			}
			buf, off = readPositions(p.pos, off, buf[:0])
			if len(buf) == 0 {
				keys = append(keys, uint64(d)<<16)
			}
			for _, x := range buf {
				keys = append(keys, uint64(d)<<16|uint64(x))
			}
		}
	}
	if several { // the lexemes come one after the other
		keys = m.sortByDoc(keys)
	}
	return slices.Compact(keys)
}

// countKeys returns the number of keys the lexemes ids have in the
// candidates (a position each, or one for a lexeme without) and the number
// of lexemes that have some.
func (m *matcher) countKeys(ids []int32) (size, terms int) {
	for _, id := range ids {
		p := &m.ix.post[id]
		off, had := 0, size
		for _, d := range p.docs {
			if m.all[d/64]&(1<<(d%64)) != 0 {
				n, _ := binary.Uvarint(p.pos[off:])
				size += max(int(n), 1)
			}
			off = skipPositions(p.pos, off)
		}
		if size > had {
			terms++
		}
	}
	return size, terms
}

// sortByDoc sorts keys, runs of ascending positions of one document each,
// by document (a counting sort: documents are dense), then the positions
// of each document.
func (m *matcher) sortByDoc(keys []uint64) []uint64 {
	start := make([]int32, len(m.ix.row)+1)
	for _, k := range keys {
		start[k>>16+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	out := make([]uint64, len(keys))
	for _, k := range keys {
		d := k >> 16
		out[start[d]] = k
		start[d]++
	}
	// Each document's run is in place; sort those that came from several
	// lexemes.
	for i := 1; i < len(out); i++ {
		if out[i] < out[i-1] {
			j := i
			for j > 0 && out[j] < out[j-1] {
				out[j], out[j-1] = out[j-1], out[j]
				j--
			}
		}
	}
	return out
}

// phrase returns the candidates of the top phrase operator n that match it.
func (m *matcher) phrase(n *node) []uint64 {
	clear(m.cur)
	out := make([]uint64, m.words)
	for w, bw := range m.cands[n] {
		for bw != 0 {
			b := uint64(1) << bits.TrailingZeros64(bw)
			bw &^= b
			m.arena = m.arena[:0]
			// A possible match (an operand without positions) is no match
			// for @@, as TS_execute_recurse decides at the top phrase.
			if _, t := m.exec(n, uint32(w*64+bits.TrailingZeros64(b))); t == yes {
				out[w] |= b
			}
		}
	}
	return out
}

// ternary is the answer of a check: no, yes, or maybe (positions missing).
type ternary uint8

const (
	no ternary = iota
	yes
	maybe
)

// matchPos are the places where a node matches in one document: the last
// position of each match, ascending, and width, the match's length in
// positions less one (ExecPhraseData).
type matchPos struct {
	pos   []int32
	width int32
}

// exec checks node n, at or below a phrase operator, in document d, as
// TS_phrase_execute does (without NOT, which queries here do not have).
func (m *matcher) exec(n *node, d uint32) (matchPos, ternary) {
	switch n.op {
	case 0:
		return m.operandPos(n.operand, d)
	case '|':
		l, lt := m.exec(n.left, d)
		r, rt := m.exec(n.right, d)
		switch {
		case lt == no && rt == no:
			return matchPos{}, no
		case lt == maybe || rt == maybe:
			return matchPos{}, maybe
		}
		w := max(l.width, r.width)
		return m.output(l, r, true, w-l.width, w-r.width, w)
	}
	l, lt := m.exec(n.left, d)
	if lt == no {
		return matchPos{}, no
	}
	r, rt := m.exec(n.right, d)
	if rt == no {
		return matchPos{}, no
	}
	if lt == maybe || rt == maybe {
		return matchPos{}, maybe
	}
	if n.op == '<' {
		dist := int32(n.dist)
		return m.output(l, r, false, dist+r.width, 0, dist+l.width+r.width)
	}
	w := max(l.width, r.width) // an AND below a phrase: both at one place
	return m.output(l, r, false, w-l.width, w-r.width, w)
}

// operandPos returns the positions of operand o in document d.
func (m *matcher) operandPos(o int, d uint32) (matchPos, ternary) {
	keys, i := m.keys[o], m.cur[o]
	lo := uint64(d) << 16
	if i < len(keys) && keys[i] < lo {
		i = gallop(keys, i, lo)
	}
	m.cur[o] = i
	if i >= len(keys) || keys[i]>>16 != uint64(d) {
		return matchPos{}, no
	}
	if keys[i]&0xffff == 0 {
		return matchPos{}, maybe
	}
	start := len(m.arena)
	for ; i < len(keys) && keys[i]>>16 == uint64(d); i++ {
		m.arena = append(m.arena, int32(keys[i]&0xffff))
	}
	return matchPos{pos: m.arena[start:len(m.arena):len(m.arena)]}, yes
}

// gallop returns the index of the first key in keys not below lo, from i
// on (keys[i] < lo): steps of growing length, then a binary search, since
// the next candidate is mostly near.
func gallop(keys []uint64, i int, lo uint64) int {
	step := 1
	for i+step < len(keys) && keys[i+step] < lo {
		i += step
		step *= 2
	}
	j, _ := slices.BinarySearch(keys[i+1:min(i+step+1, len(keys))], lo)
	return i + 1 + j
}

// output merges the positions of l (plus loff) and r (plus roff) as
// TS_phrase_output: those in both, or with union those in either; the
// result has width w and is no when it has no position.
func (m *matcher) output(l, r matchPos, union bool, loff, roff, w int32) (matchPos, ternary) {
	start := len(m.arena)
	i, j := 0, 0
	for i < len(l.pos) || j < len(r.pos) {
		lp, rp := int32(math.MaxInt32), int32(math.MaxInt32)
		if i < len(l.pos) {
			lp = l.pos[i] + loff
		} else if !union {
			break
		}
		if j < len(r.pos) {
			rp = r.pos[j] + roff
		} else if !union {
			break
		}
		switch {
		case lp < rp:
			if union {
				m.arena = append(m.arena, lp)
			}
			i++
		case lp == rp:
			m.arena = append(m.arena, rp)
			i++
			j++
		default:
			if union {
				m.arena = append(m.arena, rp)
			}
			j++
		}
	}
	if len(m.arena) == start {
		return matchPos{}, no
	}
	return matchPos{pos: m.arena[start:len(m.arena):len(m.arena)], width: w}, yes
}
