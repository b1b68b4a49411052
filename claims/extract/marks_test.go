package extract

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestMarkFinder checks markFinder.from against a scan byte by byte, for
// searches from every place of random texts rich in marks, in order and
// with jumps (as sentences makes them).
func TestMarkFinder(t *testing.T) {
	pieces := []string{"a", "bc ", ".", "!", "?", "\"", "„", "“", "»", "«", "\u00a0", "…", "ä", "\xe2", "\xc2", "x.y", "\n"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 2000; n++ {
		var b bytes.Buffer
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		end := rng.IntN(len(text) + 1)
		f := newMarkFinder(text, end)
		for i := rng.IntN(3); i <= end; i += 1 + rng.IntN(4) {
			want := i
			for want < end && bytes.IndexByte(markBytes[:], text[want]) < 0 {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("%q (end %d) from %d: %d, want %d", text, end, i, got, want)
			}
		}
	}
}
