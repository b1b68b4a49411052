package main

import "claimdesk/claims/match"

// folds is the number of parts of the train splits in cross-validation.
const folds = 5

// fitter fits a model on train sets with k candidates and penalty l2.
type fitter func(train []*set, k int, l2 float64) *match.Model

// crossValidate returns, per train set, the MAP@5 of models fit by fit on
// four fifths of every train split and measured on the fifth left out
// (query i is in fold i mod 5), averaged over the five folds.
func crossValidate(train []*set, k int, l2 float64, fit fitter) []float64 {
	out := make([]float64, len(train))
	for f := 0; f < folds; f++ {
		in, held := splitFold(train, f)
		m := fit(in, k, l2)
		for i, s := range held {
			out[i] += mapAt5(m, s, k) / folds
		}
	}
	return out
}

// mean is the mean of xs.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

// splitFold splits every set into the queries outside fold f and those in it.
func splitFold(sets []*set, f int) (in, out []*set) {
	for _, s := range sets {
		a, b := &set{name: s.name}, &set{name: s.name}
		for i, q := range s.queries {
			if i%folds == f {
				b.queries = append(b.queries, q)
			} else {
				a.queries = append(a.queries, q)
			}
		}
		in, out = append(in, a), append(out, b)
	}
	return in, out
}
