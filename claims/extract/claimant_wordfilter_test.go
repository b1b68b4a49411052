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

// TestAnyMayHold checks anyMayHold and hasLow against asking each token.
func TestAnyMayHold(t *testing.T) {
	words := []string{"sprach", "sich", "der", "", "a", "Gab", "gab"}
	rng := rand.New(rand.NewSource(2))
	for range 500 {
		toks := make([]token, rng.Intn(4))
		for i := range toks {
			toks[i].low = words[rng.Intn(len(words))]
		}
		may, sich := false, false
		for _, tk := range toks {
			may = may || reportFilterDE.mayHold(tk.low)
			sich = sich || tk.low == "sich"
		}
		if reportFilterDE.anyMayHold(toks) != may || hasLow(toks, "sich") != sich {
			t.Fatalf("anyMayHold, hasLow of %v: %v, %v; want %v, %v", toks, reportFilterDE.anyMayHold(toks), hasLow(toks, "sich"), may, sich)
		}
	}
}
