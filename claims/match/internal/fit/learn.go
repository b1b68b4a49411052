package main

import (
	"math"
	"slices"
	"sort"

	"claimdesk/claims/internal/newton"
	"claimdesk/claims/match"
)

// relativeFeatures compare a candidate with the other candidates of its
// query. The full model does not use them (their weight is 0; the
// prefilter does): the probability that a record is the same claim must
// not fall because another record is the same claim too — an archive and
// the desk often hold several checks of one claim, while the benchmark has
// mostly one per query. Measured with them: mean MAP@5 of train-CV and dev
// 0.6917 (2A dev 0.9091, 2B dev 0.4657); without them: see BENCHMARKS.md.
var relativeFeatures = []string{"bm25_rel", "bm25_rank"}

// fitModel fits a logistic model with L2 penalty l2 on the first k
// candidates of every training query, by Newton's method.
func fitModel(train []*set, k int, l2 float64) *match.Model {
	var xs [][]float64
	var ys []float64
	for _, s := range train {
		for _, q := range s.queries {
			for i := 0; i < len(q.feats) && i < k; i++ {
				xs, ys = append(xs, q.feats[i]), append(ys, b2f(q.labels[i]))
			}
		}
	}
	mean, std, z := standardize(xs)
	for j, name := range match.FeatureNames {
		if slices.Contains(relativeFeatures, name) {
			for _, row := range z {
				row[j+1] = 0 // a constant column: its weight stays 0
			}
		}
	}
	w := fitLogistic(z, ys, l2)
	return &match.Model{Features: append([]string(nil), match.FeatureNames...), Mean: mean, Std: std,
		Weights: w[1:], Bias: w[0], Candidates: k, L2: l2, Trained: "pointwise"}
}

// b2f returns 1 for true and 0 for false.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// fitLogistic minimises the penalised logistic loss (the bias, column 0,
// unpenalised) by Newton's method.
func fitLogistic(z [][]float64, y []float64, l2 float64) []float64 {
	d := len(z[0])
	w := make([]float64, d)
	newton.Minimize(w, 50, 1e-10, func(g []float64, h [][]float64) {
		for i, x := range z {
			s := 0.0
			for j, v := range x {
				s += w[j] * v
			}
			p := 1 / (1 + math.Exp(-s))
			r := p * (1 - p)
			for j, v := range x {
				g[j] += (p - y[i]) * v
				for l := j; l < d; l++ {
					h[j][l] += r * v * x[l]
				}
			}
		}
		for j := 1; j < d; j++ {
			g[j] += l2 * w[j]
			h[j][j] += l2
		}
		for j := 0; j < d; j++ {
			for l := 0; l < j; l++ {
				h[j][l] = h[l][j]
			}
			h[j][j] += 1e-9
		}
	})
	return w
}

// rerank returns the labels of those of q's first k candidates that m's
// prefilter keeps (all without one), ordered by m, with their
// probabilities — as match.Matcher.Rank orders them.
func rerank(m *match.Model, q query, k int) ([]bool, []float64) {
	n := min(k, len(q.feats))
	idx := match.Prefilter(m.Prefilter, q.feats[:n], 0)
	ps := make([]float64, n)
	for _, i := range idx {
		ps[i] = m.Prob(q.feats[i])
	}
	sort.SliceStable(idx, func(a, b int) bool { return ps[idx[a]] > ps[idx[b]] })
	labels, probs := make([]bool, len(idx)), make([]float64, len(idx))
	for i, j := range idx {
		labels[i], probs[i] = q.labels[j], ps[j]
	}
	return labels, probs
}

// mapAt5 is the MAP@5 of m on s.
func mapAt5(m *match.Model, s *set, k int) float64 {
	total := 0.0
	for _, q := range s.queries {
		labels, _ := rerank(m, q, k)
		hits, ap := 0, 0.0
		for i := 0; i < len(labels) && i < 5; i++ {
			if labels[i] {
				hits++
				ap += float64(hits) / float64(i+1)
			}
		}
		total += ap / float64(min(q.nrel, 5))
	}
	return total / float64(len(s.queries))
}

// mrrRecall is the MRR (first right match within the top 20) and recall@20
// of m on s, as eval-match measures them.
func mrrRecall(m *match.Model, s *set, k int) (mrr, recall float64) {
	for _, q := range s.queries {
		labels, _ := rerank(m, q, k)
		hits := 0
		for i := 0; i < len(labels) && i < 20; i++ {
			if labels[i] {
				if hits == 0 {
					mrr += 1 / float64(i+1)
				}
				hits++
			}
		}
		recall += float64(hits) / float64(q.nrel)
	}
	n := float64(len(s.queries))
	return mrr / n, recall / n
}

// checkedShare is the share of the claims looked up that have an earlier
// check in the archive, for setting the levels (hand-set: most check-worthy
// sentences of an article were not checked before).
const checkedShare = 0.1

// setLevels picks the lowest probabilities at which the top match on dev is
// right at least possiblyPrecision and veryLikelyPrecision of the time.
// Every dev query counts twice: as it is, with weight checkedShare, and as
// a claim never checked before — its earlier checks left out of the
// archive, so that its top match, the best wrong candidate, must not reach
// the level — with weight 1 − checkedShare. (Dev holds only claims with an
// earlier check; without the second kind a level would be set for them
// alone and say "possibly" of nearly anything.)
func setLevels(m *match.Model, dev []*set) {
	var tops []top
	for _, s := range dev {
		for _, q := range s.queries {
			tops = append(tops, queryTops(m, q)...)
		}
	}
	m.Possibly, m.VeryLikely = levelThreshold(tops, possiblyPrecision), levelThreshold(tops, veryLikelyPrecision)
}

// top is the probability of a query's top match, whether it is right, and
// its weight.
type top struct {
	p  float64
	ok bool
	w  float64
}

// queryTops returns q's top match, and its top match among the wrong
// candidates (q as a claim with no earlier check).
func queryTops(m *match.Model, q query) []top {
	labels, probs := rerank(m, q, m.Candidates)
	var out []top
	if len(labels) > 0 {
		out = append(out, top{probs[0], labels[0], checkedShare})
	}
	for i, l := range labels {
		if !l {
			out = append(out, top{probs[i], false, 1 - checkedShare})
			break
		}
	}
	return out
}

// levelThreshold returns the lowest probability at which the weighted share
// of right tops from it upwards is at least prec (counting at least 10
// tops), or 1.
func levelThreshold(tops []top, prec float64) float64 {
	sort.SliceStable(tops, func(i, j int) bool { return tops[i].p > tops[j].p })
	t, right, all := 1.0, 0.0, 0.0
	for i, x := range tops {
		all += x.w
		if x.ok {
			right += x.w
		}
		if i+1 >= 10 && right/all >= prec-1e-12 {
			t = x.p
		}
	}
	return t
}

// bm25MAP is the MAP@5 of the BM25 order alone on s.
func bm25MAP(s *set) float64 {
	total := 0.0
	for _, q := range s.queries {
		hits, ap := 0, 0.0
		for i := 0; i < len(q.labels) && i < 5; i++ {
			if q.labels[i] {
				hits++
				ap += float64(hits) / float64(i+1)
			}
		}
		total += ap / float64(min(q.nrel, 5))
	}
	return total / float64(len(s.queries))
}
