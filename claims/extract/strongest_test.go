package extract

import (
	"math"
	"math/rand"
	"sort"
	"testing"
)

// TestStrongest checks the kept contributions against their definition:
// the eight of largest size at least 0.05, largest first, of equal sizes
// the one pushed first; on random values with many ties and signs.
func TestStrongest(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for round := range 2000 {
		n := rng.Intn(30)
		var top strongest
		var all []contrib
		for i := range n {
			v := float64(rng.Intn(21)-10) / 40 // sizes 0 … 0.25, many equal
			c := contrib{v, int32(i), int32(i + 1), -1}
			if top.wants(v) != (math.Abs(v) >= 0.05 && (top.n < 8 || math.Abs(v) > math.Abs(top.best[7].v))) {
				t.Fatalf("round %d: wants(%v) wrong with %d kept", round, v, top.n)
			}
			top.push(c)
			if math.Abs(v) >= 0.05 {
				all = append(all, c)
			}
		}
		sort.SliceStable(all, func(i, j int) bool { return math.Abs(all[i].v) > math.Abs(all[j].v) })
		want := all[:min(len(all), 8)]
		if top.n != len(want) {
			t.Fatalf("round %d: %d kept, want %d", round, top.n, len(want))
		}
		for i, c := range want {
			if top.best[i] != c || top.size[i] != math.Abs(c.v) {
				t.Fatalf("round %d: place %d holds %+v (size %v), want %+v", round, i, top.best[i], top.size[i], c)
			}
		}
	}
}
