// Package newton holds the pieces of Newton's method that the fits of the
// claim extractor (its second stage, its comment stacking) and of the
// claim matcher share: the loop of steps and the linear solve of each
// step. Each caller keeps its own loss, its gradient and Hessian.
package newton

import (
	"math"
	"slices"
)

// Minimize changes w in place by at most iters Newton steps. Before each
// step, grad sets the gradient g and the Hessian h of the loss at w (both
// all zero when it is called); the step moves w by −h⁻¹g (Solve). It
// stops after a step that moves no weight by tol or more (tol 0: never
// early).
func Minimize(w []float64, iters int, tol float64, grad func(g []float64, h [][]float64)) {
	d := len(w)
	for it := 0; it < iters; it++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for j := range h {
			h[j] = make([]float64, d)
		}
		grad(g, h)
		step := Solve(h, g)
		big := 0.0
		for j := range w {
			w[j] -= step[j]
			big = math.Max(big, math.Abs(step[j]))
		}
		if big < tol {
			break
		}
	}
}

// Solve returns x with h x = g by Gaussian elimination with partial
// pivoting, leaving h and g as they are. A column left without a non-zero
// pivot gets x 0.
func Solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for r := range a {
		a[r] = slices.Clone(h[r])
	}
	b := slices.Clone(g)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for c := n - 1; c >= 0; c-- {
		if a[c][c] == 0 {
			continue
		}
		s := b[c]
		for k := c + 1; k < n; k++ {
			s -= a[c][k] * x[k]
		}
		x[c] = s / a[c][c]
	}
	return x
}
