package main

import "claimdesk/claims/match"

// folds is the number of parts of the train splits in cross-validation.
const folds = 5

// fitter fits a model on train sets with k candidates and penalty l2.
type fitter func(train []*set, k int, l2 float64) *match.Model

// scores are the MAP@5, MRR and recall@20 of a model, per benchmark.
type scores struct {
	MAP5, MRR, Recall20 []float64
}

// measure returns the scores of m on every set.
func measure(m *match.Model, sets []*set, k int) scores {
	var sc scores
	for _, s := range sets {
		mrr, rec := mrrRecall(m, s, k)
		sc.MAP5, sc.MRR, sc.Recall20 = append(sc.MAP5, mapAt5(m, s, k)), append(sc.MRR, mrr), append(sc.Recall20, rec)
	}
	return sc
}

// crossValidate returns, per train set, the scores of models fit by fit on
// four fifths of every train split and measured on the fifth left out
// (query i is in fold i mod 5), averaged over the five folds.
func crossValidate(train []*set, k int, l2 float64, fit fitter) scores {
	out := scores{make([]float64, len(train)), make([]float64, len(train)), make([]float64, len(train))}
	for f := 0; f < folds; f++ {
		in, held := splitFold(train, f)
		sc := measure(fit(in, k, l2), held, k)
		for i := range held {
			out.MAP5[i] += sc.MAP5[i] / folds
			out.MRR[i] += sc.MRR[i] / folds
			out.Recall20[i] += sc.Recall20[i] / folds
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
