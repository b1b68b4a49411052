package extract

import (
	"math"
	"strconv"
	"strings"

	"claimdesk/claims/internal/newton"
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

// fitStack fits the stacking regression p = σ(b·x) by 25 steps of
// Newton's method with a small ridge (an input that is 0 everywhere keeps
// weight 0).
func fitStack(xs [][nStack]float64, ys []bool) [nStack]float64 {
	var b [nStack]float64
	newton.Minimize(b[:], 25, 0, func(g []float64, h [][]float64) {
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
	})
	return b
}

// dotStack returns the dot product of the stacking weights b and the views x.
func dotStack(b, x [nStack]float64) float64 {
	z := 0.0
	for a := range b {
		z += b[a] * x[a]
	}
	return z
}

// stackProbs returns the logistic probability of each view vector of xs
// under the stacking weights st.
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

// fmtStack returns the stacking weights separated by spaces, in the
// shortest form that reads back exactly.
func fmtStack(st [nStack]float64) string {
	var parts []string
	for _, v := range st {
		parts = append(parts, strconv.FormatFloat(v, 'g', -1, 64))
	}
	return strings.Join(parts, " ")
}
