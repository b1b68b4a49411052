package extract

import (
	"math"
	"strconv"
	"strings"
)

// stackInputs returns the stacking's inputs of each comment: a 1 for the
// bias, the shared views (svWhole, and the sentence views of the mask
// views; the others 0) and the comment model's own logit (0 when own is
// nil).
func stackInputs(sh []CommentShared, own []float64, views int) [][nStack]float64 {
	xs := make([][nStack]float64, len(sh))
	for i, v := range sh {
		xs[i][0] = 1
		xs[i][1+svWhole] = v[svWhole]
		for s := svWhole + 1; s < nSharedView; s++ {
			if views&(1<<s) != 0 {
				xs[i][1+s] = v[s]
			}
		}
		if own != nil {
			xs[i][1+nSharedView] = own[i]
		}
	}
	return xs
}

// fitStack fits the stacking regression p = σ(b·x) by Newton's method
// with a small ridge (an input that is 0 everywhere keeps weight 0).
func fitStack(xs [][nStack]float64, ys []bool) [nStack]float64 {
	var b [nStack]float64
	for it := 0; it < 25; it++ {
		var g [nStack]float64
		var h [nStack][nStack]float64
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-dotStack(b, x)))
			y := 0.0
			if ys[i] {
				y = 1
			}
			for a := range x {
				g[a] += (p - y) * x[a]
				for c := range x {
					h[a][c] += p * (1 - p) * x[a] * x[c]
				}
			}
		}
		for a := range b {
			g[a] += 1e-3 * b[a]
			h[a][a] += 1e-3
		}
		d := solveStack(h, g)
		for a := range b {
			b[a] -= d[a]
		}
	}
	return b
}

func dotStack(b, x [nStack]float64) float64 {
	z := 0.0
	for a := range b {
		z += b[a] * x[a]
	}
	return z
}

// solveStack solves h·d = g by Gaussian elimination with pivoting.
func solveStack(h [nStack][nStack]float64, g [nStack]float64) [nStack]float64 {
	const n = nStack
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	var d [n]float64
	for c := n - 1; c >= 0; c-- {
		s := g[c]
		for k := c + 1; k < n; k++ {
			s -= h[c][k] * d[k]
		}
		d[c] = s / h[c][c]
	}
	return d
}

func stackProbs(st [nStack]float64, xs [][nStack]float64) []float64 {
	ps := make([]float64, len(xs))
	for i, x := range xs {
		ps[i] = 1 / (1 + math.Exp(-dotStack(st, x)))
	}
	return ps
}

// stackF1 is the best F1 of the stacked scores over the threshold grid.
func stackF1(xs [][nStack]float64, ys []bool) float64 {
	_, f1 := bestThreshold(stackProbs(fitStack(xs, ys), xs), ys, false)
	return f1
}

func fmtStack(st [nStack]float64) string {
	var parts []string
	for _, v := range st {
		parts = append(parts, strconv.FormatFloat(v, 'g', -1, 64))
	}
	return strings.Join(parts, " ")
}
