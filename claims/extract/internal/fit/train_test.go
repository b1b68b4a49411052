package main

import (
	"math"
	"testing"

	"claimdesk/claims/extract"
)

// TestTrainBoundsAndCV fits synthetic rows whose label is the "number"
// feature and checks the fit finds it, keeps every weight inside its limits
// and cross-validates perfectly.
func TestTrainBoundsAndCV(t *testing.T) {
	names := extract.FeatureNames()
	idx := func(name string) int {
		for i, n := range names {
			if n == name {
				return i
			}
		}
		t.Fatalf("no feature %q", name)
		return -1
	}
	num, op := idx("number"), idx("opinion marker")
	var rows []row
	for i := 0; i < 200; i++ {
		x := make([]float64, len(names))
		y := 0.0
		if i%2 == 0 {
			x[num], y = 1, 1
		}
		if i%3 == 0 {
			x[op] = 1 // noise the bound must override
		}
		rows = append(rows, row{id: string(rune('a'+i%26)) + string(rune('a'+i/26)), lang: (i / 2) % 2, x: x, y: y, w: 1})
	}
	f := fitter{nl: 2, lambda: 0.001, share: 1000}
	p := f.train(rows)
	lo, hi := limits()
	for l := 0; l < 2; l++ {
		w := f.effective(p, l)
		for i := range w {
			if w[i] < lo[i]-1e-9 || w[i] > hi[i]+1e-9 {
				t.Fatalf("lang %d: %s weight %v outside [%v, %v]", l, names[i], w[i], lo[i], hi[i])
			}
		}
		if w[num] <= lo[num] || math.Abs(w[op]-hi[op]) > 1e-3 {
			t.Fatalf("lang %d: number %v (lower bound %v), opinion %v (bound %v)", l, w[num], lo[num], w[op], hi[op])
		}
	}
	for l, r := range f.crossValidate(rows, 5) {
		if r.f1 != 1 {
			t.Fatalf("lang %d: CV F1 %v, want 1", l, r.f1)
		}
	}
}
