package extract

import "strings"

// slab hands out strings and string lists carved from shared chunks, so
// that the many small strings of a long text (each unit's reasons, its
// lower-case words) cost an allocation per chunk, not per unit. What it
// hands out stays valid and unchanged: a chunk's bytes are written once
// (a strings.Builder only appends), and a list is never handed out twice.
type slab struct {
	b    strings.Builder
	strs []string
	// The sizes of the next chunks: they start small and double up to
	// slabChunk, so that a short text costs little.
	nextB, nextS int
}

// slabChunk is the largest size of a chunk of bytes, and of strings (in
// bytes); slabFirst is the size of the first.
const (
	slabChunk = 16 << 10
	slabFirst = 1 << 10
)

// grow returns the size of the next chunk, at least n, and doubles *next
// (up to slabChunk).
func grow(next *int, n int) int {
	c := max(*next, slabFirst)
	*next = min(2*c, slabChunk)
	return max(n, c)
}

// builder returns the builder to append n bytes to, starting a new chunk
// when the current one has no room; the caller takes its string from the
// builder's length before the append.
func (s *slab) builder(n int) *strings.Builder {
	if s.b.Cap()-s.b.Len() < n {
		s.b = strings.Builder{}
		s.b.Grow(grow(&s.nextB, n))
	}
	return &s.b
}

// str returns a copy of b held in the slab.
func (s *slab) str(b []byte) string {
	sb := s.builder(len(b))
	pos := sb.Len()
	sb.Write(b)
	return sb.String()[pos:]
}

// strings returns a list of n strings whose capacity is its length, so
// that an append by a caller copies it.
func (s *slab) strings(n int) []string {
	if n == 0 {
		return []string{} // empty, not nil: "reasons": [] in JSON
	}
	if len(s.strs) < n {
		s.strs = make([]string, grow(&s.nextS, 16*n)/16)
	}
	out := s.strs[:n:n]
	s.strs = s.strs[n:]
	return out
}

// list returns a copy of l held in the slab, nil when l is empty; its
// capacity is its length.
func (s *slab) list(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	out := s.strings(len(l))
	copy(out, l)
	return out
}
