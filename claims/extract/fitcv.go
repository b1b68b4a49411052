package extract

import (
	"errors"
	"fmt"
	"sort"
)

// Fit fits the scoring model on rows: the L2 strength (from cfg.Lambdas)
// and each genre's threshold (per language, with CtxLanguage) are chosen by
// cross-validation over the rows (folds by TrainRow.Group), then the model
// is fitted on all rows and the thresholds moved into the biases, so that
// DefaultThreshold applies. Unless cfg.NoStage2, the second stage
// (stage2.go) is fitted on the out-of-fold first-stage logits of every
// unit of the news rows' articles (stage2fit.go), and the news thresholds
// are its own, moved into its biases.
func Fit(rows []TrainRow, cfg FitConfig) (*Fitted, error) {
	if len(rows) == 0 {
		return nil, errors.New("no rows to fit")
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	if cfg.Epochs == 0 {
		cfg.Epochs = defaultEpochs
	}
	lambdas := cfg.Lambdas
	if len(lambdas) == 0 {
		lambdas = defaultLambdas
	}
	if cfg.Context == 0 {
		cfg.Context = DefaultContext
	}
	docs := map[string]*docSketch{}
	frs := prepare(rows, cfg, docs)
	var s2 *s2Data
	if !cfg.NoStage2 && cfg.Folds >= 2 {
		s2 = newS2Data(rows, frs, docs, cfg)
	}
	var bestOOF []float64
	var bestUZ []s2Logits
	var bestCV cvResult
	f := &Fitted{Lambda: lambdas[0], Context: cfg.Context}
	f.model.ctx = cfg.Context
	for _, r := range frs {
		f.Rows[r.dom]++
	}
	for d := range f.Thresholds {
		f.Thresholds[d] = [2]float64{DefaultThreshold, DefaultThreshold}
	}
	if cfg.Folds >= 2 {
		bestScore := -1.0
		done, total := 0, len(lambdas)*cfg.Folds
		for _, lam := range lambdas {
			oof := make([]float64, len(frs))
			var uz []s2Logits
			if s2 != nil {
				uz = make([]s2Logits, len(s2.docs))
			}
			for k := 0; k < cfg.Folds; k++ {
				w := train(frs, func(r *fRow) bool { return r.fold != k }, lam, cfg.Epochs)
				for i := range frs {
					if frs[i].fold == k {
						oof[i] = predict(w, &frs[i])
					}
				}
				if s2 != nil {
					s2.predictFold(w, cfg.Context, k, uz)
				}
				done++
				if cfg.Progress != nil {
					cfg.Progress(done, total)
				}
			}
			cv := chooseThresholds(frs, oof, cfg.Context&CtxLanguage != 0)
			f.Notes = append(f.Notes, fmt.Sprintf("lambda %g: CV F1 news %.3f, debates %.3f, comments %.3f; news German F1 %.3f macro %.3f AP %.3f, English F1 %.3f macro %.3f AP %.3f",
				lam, cv.f1[0], cv.f1[1], cv.f1[2], cv.news[0].f1, cv.news[0].macro, cv.news[0].ap, cv.news[1].f1, cv.news[1].macro, cv.news[1].ap))
			if cv.score > bestScore+1e-9 {
				bestScore, f.Lambda, f.Thresholds, f.CVF1 = cv.score, lam, cv.th, cv.f1
				bestOOF, bestUZ, bestCV = oof, uz, cv
			}
		}
	}
	if s2 != nil && len(s2.docs) > 0 {
		o := s2.fit(frs, bestOOF, bestUZ, f.Thresholds[domNews], cfg.Folds)
		f.s2, f.Thresholds2 = o.model, o.th
		f.Notes = append(f.Notes, o.note(bestCV))
	}
	f.model.w = train(frs, func(*fRow) bool { return true }, f.Lambda, cfg.Epochs)
	for d := 0; d < nDom; d++ {
		de, en := logit(f.Thresholds[d][0]), logit(f.Thresholds[d][1])
		f.model.w[offBias+1+d] -= float32(de)
		f.model.w[offCtx+nCtx*(1+d)+cxEnglish] -= float32(en - de)
	}
	roundWeights(f.model.w)
	return f, nil
}

// cvResult is what cross-validation found for one L2 strength.
type cvResult struct {
	th    [nDom][2]float64
	f1    [nDom]float64
	news  [2]struct{ f1, macro, ap float64 } // news per language at its threshold; average precision
	score float64                            // mean F1 of the genres with rows
}

// chooseThresholds picks each genre's threshold on the out-of-fold scores
// (per language when perLang; a language without rows of a genre takes the
// other's). News thresholds maximise F1 plus macro-F1, as both must hold
// for news; the other genres' maximise F1.
func chooseThresholds(frs []fRow, oof []float64, perLang bool) cvResult {
	var cv cvResult
	n := 0
	for d := 0; d < nDom; d++ {
		var ps [2][]float64
		var ys [2][]bool
		for i := range frs {
			if frs[i].dom == d {
				l := frs[i].en
				ps[l] = append(ps[l], oof[i])
				ys[l] = append(ys[l], frs[i].y == 1)
			}
		}
		if len(ps[0])+len(ps[1]) == 0 {
			cv.th[d] = [2]float64{DefaultThreshold, DefaultThreshold}
			continue
		}
		macro := d == domNews
		if perLang && len(ps[0]) > 0 && len(ps[1]) > 0 {
			cv.th[d][0], _ = bestThreshold(ps[0], ys[0], macro)
			cv.th[d][1], _ = bestThreshold(ps[1], ys[1], macro)
		} else {
			t, _ := bestThreshold(append(ps[0], ps[1]...), append(ys[0], ys[1]...), macro)
			cv.th[d] = [2]float64{t, t}
		}
		var all counts
		for l := 0; l < 2; l++ {
			c := countAt(ps[l], ys[l], cv.th[d][l])
			all = all.plus(c)
			if d == domNews {
				cv.news[l].f1, cv.news[l].macro, cv.news[l].ap = c.f1(), c.macro(), avgPrecision(ps[l], ys[l])
			}
		}
		cv.f1[d] = all.f1()
		cv.score += cv.f1[d]
		n++
	}
	cv.score /= float64(n)
	return cv
}

// counts is a confusion matrix.
type counts struct{ tp, fp, fn, tn int }

// countAt returns the confusion matrix of the scores ps against the labels
// ys at the threshold t (a score of t or more is positive).
func countAt(ps []float64, ys []bool, t float64) counts {
	var c counts
	for i, p := range ps {
		switch {
		case p >= t && ys[i]:
			c.tp++
		case p >= t:
			c.fp++
		case ys[i]:
			c.fn++
		default:
			c.tn++
		}
	}
	return c
}

// plus returns the sum of the two confusion matrices.
func (c counts) plus(o counts) counts {
	return counts{c.tp + o.tp, c.fp + o.fp, c.fn + o.fn, c.tn + o.tn}
}

// f1 is the F1 of the positive class.
func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

// macro is the mean F1 of both classes.
func (c counts) macro() float64 {
	neg := counts{tp: c.tn, fp: c.fn, fn: c.fp}
	return (c.f1() + neg.f1()) / 2
}

// avgPrecision is the average precision of the scores: the mean of the
// precision at each check-worthy row, rows taken by falling score.
func avgPrecision(ps []float64, ys []bool) float64 {
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ps[idx[a]] > ps[idx[b]] })
	tp, sum, pos := 0, 0.0, 0
	for k, i := range idx {
		if ys[i] {
			tp++
			sum += float64(tp) / float64(k+1)
		}
	}
	for _, y := range ys {
		if y {
			pos++
		}
	}
	if pos == 0 {
		return 0
	}
	return sum / float64(pos)
}
