package tsindex

import (
	"math"
	"math/bits"
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

	phrases []*node         // the top phrase operators, in the query's order
	index   map[*node]int   // their place in phrases
	cands   [][]uint64      // by phrase: its live candidates
	out     [][]uint64      // by phrase: the candidates that match it
	all     []uint64        // the union of cands
	src     []operandSource // by operand under a phrase: where its positions come from
	arena   []int32         // positions of one document's check
}

// eval returns the set of documents that match n, a node above any phrase
// operator.
func (m *matcher) eval(n *node) []uint64 {
	switch n.op {
	case 0:
		return m.sets[n.operand]
	case '<':
		if m.index == nil {
			m.prepare()
			m.run()
		}
		return m.out[m.index[n]]
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

// prepare finds the top phrase operators, their candidates (the live
// documents holding what each needs) and where their operands' positions
// come from.
func (m *matcher) prepare() {
	m.index = map[*node]int{}
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
			m.index[n] = len(m.phrases)
			m.phrases = append(m.phrases, n)
			m.cands = append(m.cands, c)
			under = true
		}
		walk(n.left, under)
		walk(n.right, under)
	}
	walk(m.q.root, false)
	m.src = make([]operandSource, len(m.q.items))
	m.sources(ops)
}

// run checks every candidate of every top phrase operator, document by
// document in ascending order, as the operands' sources need.
func (m *matcher) run() {
	for range m.phrases {
		m.out = append(m.out, make([]uint64, m.words))
	}
	for w, bw := range m.all {
		for bw != 0 {
			t := bits.TrailingZeros64(bw)
			b := uint64(1) << t
			bw &^= b
			for i, n := range m.phrases {
				if m.cands[i][w]&b == 0 {
					continue
				}
				m.arena = m.arena[:0]
				// A possible match (an operand without positions) is no
				// match for @@, as TS_execute_recurse decides at the top
				// phrase.
				if _, r := m.exec(n, uint32(w*64+t)); r == yes {
					m.out[i][w] |= b
				}
			}
		}
	}
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
