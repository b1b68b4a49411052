package main

import (
	"math"

	"claimdesk/claims/internal/newton"
	"claimdesk/claims/match"
)

// fitListwise fits weights by the listwise (softmax over each query's
// candidates) loss, which rewards ranking the right record first, then
// turns the score into a probability with a one-variable logistic fit on
// the same training pairs. It starts from the pointwise model m's
// standardisation.
func fitListwise(train []*set, k int, l2 float64, m *match.Model) *match.Model {
	d := len(match.FeatureNames)
	var groups [][][]float64
	var targets [][]float64
	for _, s := range train {
		for _, q := range s.queries {
			n := min(k, len(q.feats))
			pos := 0
			for i := 0; i < n; i++ {
				if q.labels[i] {
					pos++
				}
			}
			if pos == 0 {
				continue
			}
			g := make([][]float64, n)
			t := make([]float64, n)
			for i := 0; i < n; i++ {
				g[i] = make([]float64, d)
				for j, v := range q.feats[i] {
					g[i][j] = (v - m.Mean[j]) / m.Std[j]
				}
				if q.labels[i] {
					t[i] = 1 / float64(pos)
				}
			}
			groups, targets = append(groups, g), append(targets, t)
		}
	}
	w := make([]float64, d)
	for it := 0; it < 40; it++ {
		grad := make([]float64, d)
		h := make([][]float64, d)
		for j := range h {
			h[j] = make([]float64, d)
		}
		for gi, g := range groups {
			p := softmax(g, w)
			mean := make([]float64, d)
			for i, x := range g {
				for j, v := range x {
					grad[j] += (p[i] - targets[gi][i]) * v
					mean[j] += p[i] * v
				}
			}
			for i, x := range g {
				for j := 0; j < d; j++ {
					for l := j; l < d; l++ {
						h[j][l] += p[i] * x[j] * x[l]
					}
				}
			}
			for j := 0; j < d; j++ {
				for l := j; l < d; l++ {
					h[j][l] -= mean[j] * mean[l]
				}
			}
		}
		for j := 0; j < d; j++ {
			grad[j] += l2 * w[j]
			h[j][j] += l2 + 1e-9
			for l := 0; l < j; l++ {
				h[j][l] = h[l][j]
			}
		}
		step := newton.Solve(h, grad)
		w = lineSearch(groups, targets, w, step, l2)
		max := 0.0
		for _, v := range step {
			max = math.Max(max, math.Abs(v))
		}
		if max < 1e-10 {
			break
		}
	}
	// Calibrate: probability = sigmoid(a*score + c) on the training pairs.
	var z [][]float64
	var ys []float64
	for gi, g := range groups {
		for i, x := range g {
			s := 0.0
			for j, v := range x {
				s += w[j] * v
			}
			z = append(z, []float64{1, s})
			ys = append(ys, b2f(targets[gi][i] > 0))
		}
	}
	ac := fitLogistic(z, ys, 0)
	out := *m
	out.Weights = make([]float64, d)
	for j := range w {
		out.Weights[j] = ac[1] * w[j]
	}
	out.Bias, out.Candidates, out.L2, out.Trained = ac[0], k, l2, "listwise"
	return &out
}

// softmax returns the softmax of the scores w·x of the group's rows.
func softmax(g [][]float64, w []float64) []float64 {
	p := make([]float64, len(g))
	max := math.Inf(-1)
	for i, x := range g {
		for j, v := range x {
			p[i] += w[j] * v
		}
		max = math.Max(max, p[i])
	}
	sum := 0.0
	for i := range p {
		p[i] = math.Exp(p[i] - max)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

// lineSearch returns w - t*step for the largest t in 1, 1/2, 1/4, … (down
// to 1/1024) that does not increase the listwise loss; a full Newton step
// can overshoot when a feature nearly separates the right candidates.
func lineSearch(groups [][][]float64, targets [][]float64, w, step []float64, l2 float64) []float64 {
	base := listLoss(groups, targets, w, l2)
	next := make([]float64, len(w))
	for t := 1.0; t >= 1.0/1024; t /= 2 {
		for j := range w {
			next[j] = w[j] - t*step[j]
		}
		if listLoss(groups, targets, next, l2) <= base {
			return next
		}
	}
	return w
}

// listLoss is the listwise loss: the cross-entropy of every group's
// softmax against its targets, plus the L2 penalty.
func listLoss(groups [][][]float64, targets [][]float64, w []float64, l2 float64) float64 {
	loss := 0.0
	for gi, g := range groups {
		p := softmax(g, w)
		for i, t := range targets[gi] {
			if t > 0 {
				loss -= t * math.Log(math.Max(p[i], 1e-300))
			}
		}
	}
	for _, v := range w {
		loss += l2 / 2 * v * v
	}
	return loss
}
