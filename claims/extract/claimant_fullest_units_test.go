package extract

import (
	"math/rand"
	"testing"
)

// TestFullestUnits checks fullestUnits against asking f for every unit
// with a claimant, on random runs of invented claimants in both
// languages with units without a claimant between them, and that f is
// asked once for each run of the same claimant and language.
func TestFullestUnits(t *testing.T) {
	names := []string{"Greta Holm", "Holm", "Amtsleiterin Holm", ""}
	langs := []string{"de", "en"}
	fullOf := func(c string, de bool) string {
		if c == "" {
			return ""
		}
		if de {
			return c + " (de)"
		}
		return c + " (en)"
	}
	rng := rand.New(rand.NewSource(4))
	for range 300 {
		units := make([]Unit, rng.Intn(12))
		for i := range units {
			units[i].Claimant, units[i].Lang = names[rng.Intn(len(names))], langs[rng.Intn(len(langs))]
		}
		want := make([]string, len(units))
		runs := 0
		lastC, lastDE := "", false
		for i, u := range units {
			want[i] = fullOf(u.Claimant, u.Lang == "de")
			if u.Claimant != "" && (u.Claimant != lastC || (u.Lang == "de") != lastDE) {
				runs++
				lastC, lastDE = u.Claimant, u.Lang == "de"
			}
		}
		orig := append([]Unit(nil), units...)
		asked := 0
		fullestUnits(units, func(c string, de bool) string { asked++; return fullOf(c, de) })
		for i := range units {
			if units[i].Claimant != want[i] {
				t.Fatalf("units %v: claimant %d is %q, want %q", orig, i, units[i].Claimant, want[i])
			}
		}
		if asked != runs {
			t.Fatalf("units %v: f asked %d times, want %d", orig, asked, runs)
		}
	}
}
