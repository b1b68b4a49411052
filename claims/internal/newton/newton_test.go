package newton

import (
	"math"
	"testing"
)

func TestSolve(t *testing.T) {
	const n = 7
	h := make([][]float64, n)
	g := make([]float64, n)
	for k := range h {
		h[k] = make([]float64, n)
		h[k][k] = float64(k + 1)
		h[k][(k+1)%n] = 1
		g[k] = float64(k+1) + 1 // x = all ones
	}
	for k, v := range Solve(h, g) {
		if math.Abs(v-1) > 1e-9 {
			t.Fatalf("x[%d] = %v", k, v)
		}
	}
	if h[0][0] != 1 || h[0][1] != 1 || g[0] != 2 {
		t.Fatalf("Solve changed its arguments: h[0] %v, g[0] %v", h[0], g[0])
	}
	// A column that is 0 everywhere: its x is 0, the others are solved.
	x := Solve([][]float64{{2, 0}, {0, 0}}, []float64{4, 0})
	if x[0] != 2 || x[1] != 0 {
		t.Fatalf("singular: x = %v, want [2 0]", x)
	}
}

// TestMinimize checks that a quadratic loss is minimised in one step, and
// that the steps stop when they no longer move the weights by tol.
func TestMinimize(t *testing.T) {
	calls := 0
	w := []float64{5, -3}
	// Loss (w0 - 1)² + 2 (w1 + 2)² + w0 w1.
	Minimize(w, 10, 1e-12, func(g []float64, h [][]float64) {
		calls++
		g[0], g[1] = 2*(w[0]-1)+w[1], 4*(w[1]+2)+w[0]
		h[0][0], h[0][1], h[1][0], h[1][1] = 2, 1, 1, 4
	})
	// The minimum: 2 w0 + w1 = 2, w0 + 4 w1 = -8.
	if math.Abs(w[0]-16.0/7) > 1e-9 || math.Abs(w[1]+18.0/7) > 1e-9 {
		t.Fatalf("w = %v, want [16/7 -18/7]", w)
	}
	if calls != 2 {
		t.Fatalf("%d steps, want 2 (the second moves nothing)", calls)
	}
	calls = 0
	Minimize([]float64{0}, 3, 0, func(g []float64, h [][]float64) { calls++; h[0][0] = 1 })
	if calls != 3 {
		t.Fatalf("tol 0: %d steps, want 3", calls)
	}
}
