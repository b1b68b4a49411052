package tsindex

import (
	"encoding/binary"
	"slices"
)

// An operand's positions in a document are those of its lexeme, or of a
// prefix's lexemes together, as checkcondition_str joins them. A phrase
// search reads them in ascending document order (matcher.run), from one of
// two sources: cursors walking the lexemes' postings alongside, when the
// operand has few lexemes (most have one), or, for a prefix of many
// lexemes, a list of the candidates' positions read once and sorted
// (keys), so that a document is not looked up in every lexeme.

// maxCursors is the most lexemes an operand reads through cursors.
const maxCursors = 4

// keepKeys is the most keys (8 bytes each) an index keeps between phrase
// searches, so that the next one need not allocate and fault its pages in
// again.
const keepKeys = 1 << 20

// operandSource is where an operand's positions come from: cursors, or
// keys (document<<16 | position, ascending; a lexeme without positions is
// position 0, positions start at 1) and the place reached in them.
type operandSource struct {
	cursors []cursor
	keys    []uint64
	next    int
}

// cursor is a place in a lexeme's postings: the posting j and the offset
// of its run of positions.
type cursor struct {
	p   *postings
	j   int
	off int
}

// sources sets up the sources of the operands ops.
func (m *matcher) sources(ops []int) {
	var many []int // operands read into keys
	ids := make([][]int32, len(m.q.items))
	sizes, terms := make([]int, len(m.q.items)), make([]int, len(m.q.items))
	total := 0
	for _, o := range ops {
		ids[o] = m.ix.termIDs(m.q.items[o].lexeme, m.q.items[o].prefix)
		if len(ids[o]) <= maxCursors {
			for _, id := range ids[o] {
				m.src[o].cursors = append(m.src[o].cursors, cursor{p: &m.ix.post[id]})
			}
			continue
		}
		many = append(many, o)
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
	off := 0
	for _, o := range many {
		m.src[o].keys = m.readKeys(ids[o], terms[o] > 1, buf[off:off:off+sizes[o]])
		off += sizes[o]
	}
}

// operandPos returns the positions of operand o in document d, which is
// not below the documents asked for before.
func (m *matcher) operandPos(o int, d uint32) (matchPos, ternary) {
	src := &m.src[o]
	if src.keys != nil {
		return m.keyPos(src, d)
	}
	start, parts, none := len(m.arena), 0, false
	for i := range src.cursors {
		c := &src.cursors[i]
		for c.j < len(c.p.docs) && c.p.docs[c.j] < d {
			c.off = skipPositions(c.p.pos, c.off)
			c.j++
		}
		if c.j == len(c.p.docs) || c.p.docs[c.j] != d {
			continue
		}
		var n int
		m.arena, n = appendRun(c.p.pos, c.off, m.arena)
		parts++
		none = none || n == 0
	}
	switch {
	case parts == 0:
		return matchPos{}, no
	case none:
		return matchPos{}, maybe
	}
	pos := m.arena[start:]
	if parts > 1 {
		slices.Sort(pos)
		pos = slices.Compact(pos)
		m.arena = m.arena[:start+len(pos)]
	}
	return matchPos{pos: pos[:len(pos):len(pos)]}, yes
}

// keyPos returns the positions of document d in src's keys.
func (m *matcher) keyPos(src *operandSource, d uint32) (matchPos, ternary) {
	keys, i := src.keys, src.next
	lo := uint64(d) << 16
	if i < len(keys) && keys[i] < lo {
		i = gallop(keys, i, lo)
	}
	src.next = i
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

// readKeys appends to keys the positions of the lexemes ids in the
// candidates and returns them, sorted by document and position (several:
// more than one lexeme has some).
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
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
