package tsindex

import (
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

// prepare finds the candidates of every top phrase operator under n (the
// live documents holding what it needs) and reads its operands' positions
// in them.
func (m *matcher) prepare(root *node) {
	m.cands = map[*node][]uint64{}
	m.all = make([]uint64, m.words)
	var walk func(n *node)
	walk = func(n *node) {
		switch n.op {
		case 0:
		case '<':
			c := m.loose(n) // a new set: n has two children
			for i := range c {
				c[i] &^= m.ix.dead[i]
				m.all[i] |= c[i]
			}
			m.cands[n] = c
		default:
			walk(n.left)
			walk(n.right)
		}
	}
	walk(root)
	m.keys = make([][]uint64, len(m.q.items))
	m.cur = make([]int, len(m.q.items))
	for n := range m.cands {
		m.readKeys(n)
	}
}

// readKeys reads the positions of the operands under n in the candidates
// (once an operand): a lexeme's own positions, or a prefix's lexemes'
// together, as checkcondition_str joins them. A lexeme without positions
// is position 0 (positions start at 1).
func (m *matcher) readKeys(n *node) {
	if n.op != 0 {
		m.readKeys(n.left)
		m.readKeys(n.right)
		return
	}
	if m.keys[n.operand] != nil {
		return
	}
	o := m.q.items[n.operand]
	keys := []uint64{}
	var buf []uint16
	for _, id := range m.ix.termIDs(o.lexeme, o.prefix) {
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
	slices.Sort(keys) // a prefix's lexemes come one after the other
	m.keys[n.operand] = slices.Compact(keys)
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
		i += sortSearch(keys[i:], lo)
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

// sortSearch returns the index of the first key in keys not below lo.
func sortSearch(keys []uint64, lo uint64) int {
	i, _ := slices.BinarySearch(keys, lo)
	return i
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
