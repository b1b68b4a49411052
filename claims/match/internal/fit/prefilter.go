package main

import (
	"math"
	"slices"

	"claimdesk/claims/match"
)

// prefilterL2 is the L2 penalty of the prefilter (hand-set: it has few
// features and many training pairs, so the penalty matters little).
const prefilterL2 = 1.0

// fitStage fits the prefilter: a logistic model over
// match.PrefilterFeatures on the first k candidates of every training
// query, keeping keep.
func fitStage(train []*set, k, keep int) *match.Stage {
	idx := make([]int, len(match.PrefilterFeatures))
	for i, name := range match.PrefilterFeatures {
		idx[i] = slices.Index(match.FeatureNames, name)
	}
	var xs [][]float64
	var ys []float64
	for _, s := range train {
		for _, q := range s.queries {
			for i := 0; i < len(q.feats) && i < k; i++ {
				x := make([]float64, len(idx))
				for j, c := range idx {
					x[j] = q.feats[i][c]
				}
				xs, ys = append(xs, x), append(ys, b2f(q.labels[i]))
			}
		}
	}
	mean, std, z := standardize(xs)
	w := fitLogistic(z, ys, prefilterL2)
	st := &match.Stage{Features: append([]string(nil), match.PrefilterFeatures...), Mean: mean, Std: std,
		Weights: w[1:], Bias: w[0], Keep: keep}
	if err := st.Resolve(); err != nil {
		panic(err) // the features are the prefilter's own
	}
	return st
}

// standardize returns the mean and standard deviation of every column of
// xs and the standardised rows with a leading 1 for the bias.
func standardize(xs [][]float64) (mean, std []float64, z [][]float64) {
	d := len(xs[0])
	mean, std = make([]float64, d), make([]float64, d)
	for _, x := range xs {
		for j, v := range x {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(len(xs))
	}
	for _, x := range xs {
		for j, v := range x {
			std[j] += (v - mean[j]) * (v - mean[j])
		}
	}
	for j := range std {
		std[j] = math.Sqrt(std[j] / float64(len(xs)))
		if std[j] < 1e-9 {
			std[j] = 1
		}
	}
	z = make([][]float64, len(xs))
	for i, x := range xs {
		z[i] = make([]float64, d+1)
		z[i][0] = 1
		for j, v := range x {
			z[i][j+1] = (v - mean[j]) / std[j]
		}
	}
	return mean, std, z
}

// filterSets returns the sets with only the candidates st keeps of every
// query's first k, in their BM25 order.
func filterSets(sets []*set, st *match.Stage, k int) []*set {
	var out []*set
	for _, s := range sets {
		f := &set{name: s.name}
		for _, q := range s.queries {
			n := min(k, len(q.feats))
			g := query{nrel: q.nrel}
			for _, i := range match.Prefilter(st, q.feats[:n], 0) {
				g.feats, g.labels = append(g.feats, q.feats[i]), append(g.labels, q.labels[i])
			}
			f.queries = append(f.queries, g)
		}
		out = append(out, f)
	}
	return out
}

// withPrefilter wraps fit: it fits a prefilter keeping keep candidates
// (none when keep is 0), then fit on the candidates it keeps.
func withPrefilter(fit fitter, keep int) fitter {
	if keep == 0 {
		return fit
	}
	return func(train []*set, k int, l2 float64) *match.Model {
		st := fitStage(train, k, keep)
		m := fit(filterSets(train, st, k), k, l2)
		m.Prefilter = st
		return m
	}
}
