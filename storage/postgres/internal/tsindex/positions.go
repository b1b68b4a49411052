package tsindex

import "encoding/binary"

// A lexeme's positions in one document are kept as a run of bytes in its
// postings: the number of positions, then each position's distance from
// the one before (the first from 0), all as unsigned varints. A claim's
// positions are small and close, so most runs take one byte a position
// plus one. A run of count 0 is a lexeme without positions.

// appendPositions appends the run of the ascending positions pos to b.
func appendPositions(b []byte, pos []uint16) []byte {
	b = binary.AppendUvarint(b, uint64(len(pos)))
	prev := uint16(0)
	for _, p := range pos {
		b = binary.AppendUvarint(b, uint64(p-prev))
		prev = p
	}
	return b
}

// skipPositions returns the offset of the run after the one at off in b.
func skipPositions(b []byte, off int) int {
	if b[off] == 1 && b[off+1] < 0x80 { // one small position, the most common run
		return off + 2
	}
	n, k := binary.Uvarint(b[off:])
	off += k
	for ; n > 0; n-- {
		for b[off] >= 0x80 {
			off++
		}
		off++
	}
	return off
}

// readPositions appends the positions of the run at off in b to out and
// returns them and the offset of the next run.
func readPositions(b []byte, off int, out []uint16) ([]uint16, int) {
	n, k := binary.Uvarint(b[off:])
	off += k
	p := uint16(0)
	for ; n > 0; n-- {
		d, k := binary.Uvarint(b[off:])
		off += k
		p += uint16(d)
		out = append(out, p)
	}
	return out, off
}

// appendRun appends the positions of the run at off in b to out and
// returns them and how many there were.
func appendRun(b []byte, off int, out []int32) ([]int32, int) {
	n, k := binary.Uvarint(b[off:])
	off += k
	p := int32(0)
	for i := uint64(0); i < n; i++ {
		d, k := binary.Uvarint(b[off:])
		off += k
		p += int32(d)
		out = append(out, p)
	}
	return out, int(n)
}
