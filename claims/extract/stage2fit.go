package extract

import (
	"fmt"
	"math"

	"claimdesk/claims/internal/newton"
)

// Fitting the second stage (stage2.go). The first stage's cross-validation
// scores every unit of each news article with the fold's model that never
// saw the article (folds are by article), so each unit has an out-of-fold
// first-stage logit, as a text read by Extract has a logit of a model that
// never saw it. The second stage is fitted on the labelled units' inputs
// built from these logits; its own cross-validation fits it on the other
// folds' rows only and scores the fold's, and the news thresholds are
// chosen on these scores.

// s2Data is every unit of the news articles of the training rows, with
// the link from each row to its unit.
type s2Data struct {
	docs    []s2Article
	rowDoc  []int // per row: index in docs (-1: no unit of an article)
	rowUnit []int // per row: index of its unit in the article
}

// s2Article is one article's units as first-stage inputs.
type s2Article struct {
	fold, en int
	units    []fRow
	xs       [][nFeat]float64 // the units' features
}

// s2Logits is the first-stage logits of a text's units and their parts.
type s2Logits struct {
	z  []float64
	pt []s2Part
}

// newS2Data collects the articles of the news rows (sketched in docs by
// prepare) and computes the first-stage inputs of all their units.
func newS2Data(rows []TrainRow, frs []fRow, docs map[string]*docSketch, cfg FitConfig) *s2Data {
	s := &s2Data{rowDoc: make([]int, len(rows)), rowUnit: make([]int, len(rows))}
	index := map[*docSketch]int{}
	var z tokenizer
	var buf []term
	for i, r := range rows {
		s.rowDoc[i] = -1
		if frs[i].dom != domNews || r.Doc == "" {
			continue
		}
		rc := contextOf(r, docs)
		d := docs[r.Group+"\x00"+r.Lang]
		if d == nil || rc.p.index < 0 {
			continue
		}
		di, ok := index[d]
		if !ok {
			a := s2Article{fold: frs[i].fold, en: frs[i].en, units: make([]fRow, len(d.spans)), xs: d.xs}
			for j, sp := range d.spans {
				u := fRow{dom: domNews, fold: a.fold, en: a.en}
				buf = rowInputs(&u, &z, d.text[sp.s:sp.e], d.lang, d.unitContext(j), cfg.Context, buf)
				a.units[j] = u
			}
			di = len(s.docs)
			index[d] = di
			s.docs = append(s.docs, a)
		}
		s.rowDoc[i], s.rowUnit[i] = di, rc.p.index
	}
	return s
}

// predictFold sets uz[d] to the first-stage logits and their parts, by
// weights w reading the context groups ctx, of the units of every article
// d of fold k.
func (s *s2Data) predictFold(w []float32, ctx, k int, uz []s2Logits) {
	m := linModel{w: w, ctx: ctx}
	for d := range s.docs {
		a := &s.docs[d]
		if a.fold != k {
			continue
		}
		lz := s2Logits{z: make([]float64, len(a.units)), pt: make([]s2Part, len(a.units))}
		raw := make([]s2Raw, len(a.units))
		for j := range a.units {
			lz.z[j] = predictLogit(w, &a.units[j])
			raw[j] = m.rawPart(domNews, &a.xs[j], nonZeroFeats(&a.xs[j]))
		}
		s2Parts(raw, lz.pt)
		uz[d] = lz
	}
}

// s2Ridge is the L2 strength of the second stage (on the summed log loss;
// the bias is not penalised).
const s2Ridge = 1.0

// s2Fit is what fitting the second stage gives.
type s2Fit struct {
	model stage2
	th    [2]float64
	news  [2]struct{ f1, macro, ap float64 } // cross-validated, per language
}

// fit fits the second stage on the news rows of frs, whose units' out-of-
// fold first-stage logits are uz, the first stage's news thresholds th1
// (German, English) being moved into its biases, in folds folds.
func (s *s2Data) fit(frs []fRow, oof []float64, uz []s2Logits, th1 [2]float64, folds int) s2Fit {
	stats := make([]s2Doc, len(s.docs))
	zs := make([][]float64, len(s.docs))
	for d, a := range s.docs {
		zs[d] = make([]float64, len(uz[d].z))
		for j, v := range uz[d].z {
			zs[d][j] = v - logit(th1[a.en])
		}
		stats[d] = s2Stats(zs[d])
	}
	xs := make([][nS2]float64, len(frs))
	for i := range frs {
		if d := s.rowDoc[i]; d >= 0 {
			s2Inputs(zs[d], uz[d].pt, s.rowUnit[i], &stats[d], &xs[i])
		}
	}
	// Cross-validated scores: a row without a unit keeps its first-stage
	// score, on the scale where 0.5 is the first stage's threshold.
	p := make([]float64, len(frs))
	for i := range frs {
		if frs[i].dom == domNews && s.rowDoc[i] < 0 {
			p[i] = 1 / (1 + math.Exp(-(logit(oof[i]) - logit(th1[frs[i].en]))))
		}
	}
	for k := 0; k < folds; k++ {
		for l := 0; l < 2; l++ {
			w := fitLogistic(s.rowsOf(frs, xs, l, func(r *fRow) bool { return r.fold != k }))
			for i := range frs {
				if s.rowDoc[i] >= 0 && frs[i].en == l && frs[i].fold == k {
					p[i] = 1 / (1 + math.Exp(-dotS2(&w, &xs[i])))
				}
			}
		}
	}
	var out s2Fit
	for l := 0; l < 2; l++ {
		var ps []float64
		var ys []bool
		for i := range frs {
			if frs[i].dom == domNews && frs[i].en == l {
				ps = append(ps, p[i])
				ys = append(ys, frs[i].y == 1)
			}
		}
		if len(ps) == 0 {
			out.th[l] = DefaultThreshold
			continue
		}
		out.th[l], _ = bestThreshold(ps, ys, true)
		c := countAt(ps, ys, out.th[l])
		out.news[l].f1, out.news[l].macro, out.news[l].ap = c.f1(), c.macro(), avgPrecision(ps, ys)
		w := fitLogistic(s.rowsOf(frs, xs, l, func(*fRow) bool { return true }))
		w[s2Bias] -= logit(out.th[l])
		out.model.w[l] = w
	}
	out.model.on = true
	out.model.round()
	return out
}

// rowsOf returns the inputs and labels of the news rows of language l in
// an article for which keep is true.
func (s *s2Data) rowsOf(frs []fRow, xs [][nS2]float64, l int, keep func(*fRow) bool) ([][nS2]float64, []float64) {
	var x [][nS2]float64
	var y []float64
	for i := range frs {
		if s.rowDoc[i] >= 0 && frs[i].en == l && frs[i].keep && keep(&frs[i]) {
			x = append(x, xs[i])
			y = append(y, float64(frs[i].y))
		}
	}
	return x, y
}

// dotS2 returns the dot product of the second stage's weights w and inputs
// x.
func dotS2(w, x *[nS2]float64) float64 {
	s := 0.0
	for k, v := range x {
		s += w[k] * v
	}
	return s
}

// fitLogistic fits a logistic regression with L2 strength s2Ridge (the
// bias free) by Newton's method; deterministic.
func fitLogistic(xs [][nS2]float64, ys []float64) [nS2]float64 {
	var w [nS2]float64
	if len(xs) == 0 {
		return w
	}
	newton.Minimize(w[:], 30, 1e-9, func(g []float64, h [][]float64) {
		for i := range xs {
			x := &xs[i]
			p := 1 / (1 + math.Exp(-dotS2(&w, x)))
			r, v := p-ys[i], p*(1-p)
			for a := 0; a < nS2; a++ {
				if x[a] == 0 {
					continue
				}
				g[a] += r * x[a]
				for b := a; b < nS2; b++ {
					h[a][b] += v * x[a] * x[b]
				}
			}
		}
		for a := 0; a < nS2; a++ {
			for b := 0; b < a; b++ {
				h[a][b] = h[b][a]
			}
			h[a][a] += 1e-9
			if a != s2Bias {
				g[a] += s2Ridge * w[a]
				h[a][a] += s2Ridge
			}
		}
	})
	return w
}

// note describes the second stage's cross-validation beside the first's.
func (o s2Fit) note(first cvResult) string {
	return fmt.Sprintf("second stage: CV news German F1 %.3f macro %.3f AP %.3f, English F1 %.3f macro %.3f AP %.3f (first stage: German %.3f / %.3f, English %.3f / %.3f); thresholds German %.2f, English %.2f",
		o.news[0].f1, o.news[0].macro, o.news[0].ap, o.news[1].f1, o.news[1].macro, o.news[1].ap,
		first.news[0].f1, first.news[0].macro, first.news[1].f1, first.news[1].macro, o.th[0], o.th[1])
}
