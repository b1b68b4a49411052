package extract

import (
	"math/rand"
	"testing"
)

// TestWordFilter checks that a wordFilter holds every key of its map (a
// clear bit would make reportsDE miss a verb), for reportVerbsDE and for
// random maps with words of every length, "" and one byte among them.
func TestWordFilter(t *testing.T) {
	for w := range reportVerbsDE {
		if !reportFilterDE.mayHold(w) {
			t.Errorf("reportFilterDE misses %q", w)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 200 {
		m := map[string]bool{}
		for range rng.Intn(60) {
			b := make([]byte, rng.Intn(14))
			for i := range b {
				b[i] = byte('a' + rng.Intn(4))
			}
			m[string(b)] = true
		}
		f := newWordFilter(m)
		for w := range m {
			if !f.mayHold(w) {
				t.Fatalf("the filter of %v misses %q", m, w)
			}
		}
	}
}
