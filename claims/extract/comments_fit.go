package extract

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

// CommentsConfig says how FitComments fits the comment model. Every
// candidate list is a grid: each combination is cross-validated (inner
// folds, FitConfig's grouping) and the best F1 of the stacked out-of-fold
// scores is kept. Empty lists take the defaults (DefaultCommentsConfig).
type CommentsConfig struct {
	Lambdas     []float64 // L2 strengths of the comment model
	Epochs      []int     // passes over the rows
	NewsWeights []float64 // weight of a German news training sentence in the loss (0: not read)
	Grams       [][2]int  // character n-gram ranges (n from, to)
	Words       bool      // words and word pairs as inputs too
	TF          []bool    // candidates: input values log(1 + count) instead of 1
	PosWeights  []float64 // weight of a check-worthy comment in the loss (1: as any other)
	// Views lists candidate sets of the shared model's sentence views the
	// stacking reads besides svWhole: bit v for view v (svNewsMax …).
	Views []int
	// NB lists candidate naive-Bayes scalings of the hashed inputs
	// (NBSVM, Wang and Manning 2012): each input times |log-count ratio|
	// + c, the ratios counted on the rows of each fit; 0: no scaling.
	NB []float64
	// Bags lists candidate numbers of fits averaged (each with its own
	// shuffle of the rows); 1: one fit.
	Bags []int
	// ThresholdRule chooses the stacked threshold (ThresholdF1 …; empty:
	// ThresholdF1).
	ThresholdRule string
	// HeldOut adds to the notes each threshold rule's F1 on held-out inner
	// folds (heldOutF1), to compare the rules.
	HeldOut  bool
	Folds    int
	Progress func(done, total int)
}

// DefaultCommentsConfig is the design of the shipped comment model, chosen
// by the inner cross-validation of the training folds of claimctl's
// nested GermEval CV (BENCHMARKS.md, "Comments (GermEval), fifth round"):
// character 1–4-grams and words, naive-Bayes scaled (c 0.5), 3 passes,
// stacked with the shared model's whole-comment and best-sentence-as-news
// logits; no news rows, one fit.
func DefaultCommentsConfig() CommentsConfig {
	return CommentsConfig{
		Lambdas:     []float64{1e-5},
		Epochs:      []int{3},
		NewsWeights: []float64{0},
		Grams:       [][2]int{{1, 4}},
		Words:       true,
		Views:       []int{1 << svNewsMax},
		NB:          []float64{0.5},
		Bags:        []int{1},
		TF:          []bool{false},
		PosWeights:  []float64{1},
		Folds:       5,
	}
}

// CommentsFitted is a fitted comment model with the figures of its fit.
type CommentsFitted struct {
	m         commentModel
	Lambda    float64
	Epochs    int
	News      float64 // weight of the German news sentences fitted on
	Views     int     // the sentence views the stacking reads (CommentsConfig.Views)
	NB        float64 // naive-Bayes scaling's c (0: none)
	Bags      int     // fits averaged
	Threshold float64 // of the stacked out-of-fold scores, moved into the bias
	CVF1      float64 // F1 of the stacked out-of-fold scores at Threshold
	SharedF1  float64 // F1 of the shared model's out-of-fold scores alone, at its best threshold
	Rows      int     // comments fitted on
	Notes     []string
}

// cRow is a row of the comment model's fit.
type cRow struct {
	x    []cInput
	y    float32
	wt   float32
	fold int
	own  bool // a comment (scored and stacked), not an extra news row
	row  int  // index in the rows given to FitComments
}

// isComment reports whether a row is one the comment model scores.
func isComment(r *TrainRow) bool { return r.Genre == GenreComments && r.Lang == "de" }

// FitComments fits the comment model on the German comments of rows (and,
// if the grid asks for it, their German news sentences as extra rows);
// shared holds, for every comment row, the shared model's out-of-fold
// logit before its threshold (SharedCommentOOF). The grid's best
// combination by inner cross-validation is fitted on all comments and
// stacked with the shared logit.
func FitComments(rows []TrainRow, shared []CommentShared, cfg CommentsConfig) (*CommentsFitted, error) {
	def := DefaultCommentsConfig()
	cfg.Lambdas = orDefault(cfg.Lambdas, def.Lambdas)
	cfg.Epochs = orDefault(cfg.Epochs, def.Epochs)
	cfg.NewsWeights = orDefault(cfg.NewsWeights, def.NewsWeights)
	cfg.Grams = orDefault(cfg.Grams, def.Grams)
	cfg.Views = orDefault(cfg.Views, def.Views)
	cfg.NB = orDefault(cfg.NB, def.NB)
	cfg.Bags = orDefault(cfg.Bags, def.Bags)
	cfg.TF = orDefault(cfg.TF, def.TF)
	cfg.PosWeights = orDefault(cfg.PosWeights, def.PosWeights)
	if cfg.Folds < 2 {
		cfg.Folds = def.Folds
	}
	if len(shared) != len(rows) {
		return nil, errors.New("FitComments: one shared logit per row needed")
	}
	var ys []bool
	var sh []CommentShared
	var folds []int
	for i := range rows {
		if isComment(&rows[i]) {
			ys = append(ys, rows[i].Worthy)
			sh = append(sh, shared[i])
			folds = append(folds, groupFold(rows[i].Group, cfg.Folds))
		}
	}
	if len(ys) == 0 {
		return nil, errors.New("FitComments: no German comments")
	}
	best := &CommentsFitted{CVF1: -1, Rows: len(ys)}
	best.SharedF1 = stackF1(stackInputs(sh, nil, 0), ys)
	grid := cfg.grid()
	var bestAt commentGridPoint
	var bestStack [nStack]float64
	done, total := 0, len(grid)*cfg.Folds
	var crs []cRow
	for gi, gp := range grid {
		if gi == 0 || gp.lay != grid[gi-1].lay {
			crs = commentRows(rows, gp.lay, cfg.Folds, cfg.NewsWeights)
		}
		setNewsWeight(crs, gp.news, gp.pos)
		oof := make([]float64, len(rows))
		for k := 0; k < cfg.Folds; k++ {
			w := trainCommentsNB(crs, func(r *cRow) bool { return r.fold != k }, gp)
			for i := range crs {
				if crs[i].own && crs[i].fold == k {
					oof[crs[i].row] = dotInputs(w, crs[i].x)
				}
			}
			done++
			if cfg.Progress != nil {
				cfg.Progress(done, total)
			}
		}
		var own []float64
		for i := range rows {
			if isComment(&rows[i]) {
				own = append(own, oof[i])
			}
		}
		for _, nm := range cfg.Views {
			xs := stackInputs(sh, own, nm)
			st := fitStack(xs, ys)
			th, f1 := chooseThreshold(stackProbs(st, xs), ys, cfg.ThresholdRule)
			best.Notes = append(best.Notes, fmt.Sprintf("%s, views %d: stacked CV F1 %.3f at %.2f (shared alone %.3f); stack %s", gp, nm, f1, th, best.SharedF1, fmtStack(st)))
			if cfg.HeldOut {
				for _, r := range []string{ThresholdF1, ThresholdF1Macro, ThresholdSmooth} {
					best.Notes = append(best.Notes, fmt.Sprintf("%s, views %d, rule %s held out: stacked CV F1 %.4f", gp, nm, r, heldOutF1(xs, ys, folds, cfg.Folds, r)))
				}
			}
			if f1 > best.CVF1+1e-9 {
				best.CVF1, best.Threshold, best.Lambda, best.Epochs, best.News, best.Views, best.NB, best.Bags = f1, th, gp.lambda, gp.epochs, gp.news, nm, gp.nb, gp.bags
				bestAt, bestStack = gp, st
			}
		}
	}
	crs = commentRows(rows, bestAt.lay, cfg.Folds, []float64{bestAt.news})
	setNewsWeight(crs, bestAt.news, bestAt.pos)
	w := trainCommentsNB(crs, func(*cRow) bool { return true }, bestAt)
	for i, v := range w {
		w[i] = float32(math.Round(float64(v)/commentStep) * commentStep)
	}
	bestStack[0] -= logit(best.Threshold)
	best.m = commentModel{lay: bestAt.lay, w: w, stack: bestStack}
	return best, nil
}

// orDefault returns list, or def if list is empty.
func orDefault[T any](list, def []T) []T {
	if len(list) == 0 {
		return def
	}
	return list
}

// commentGridPoint is one combination of CommentsConfig's candidates
// (without Views, which only changes the stacking).
type commentGridPoint struct {
	lay              commentLayout
	news, lambda, nb float64
	pos              float64 // weight of a check-worthy comment
	epochs, bags     int
}

// String describes the grid point's settings for the fit's notes.
func (g commentGridPoint) String() string {
	s := fmt.Sprintf("grams %d-%d, words %t, tf %t, news weight %g, lambda %g, epochs %d, nb %g, bags %d", g.lay.minN, g.lay.maxN, g.lay.words, g.lay.tf, g.news, g.lambda, g.epochs, g.nb, g.bags)
	if g.pos != 1 {
		s += fmt.Sprintf(", check-worthy weight %g", g.pos)
	}
	return s
}

// grid lists the combinations of the candidates, layouts outermost.
func (cfg *CommentsConfig) grid() []commentGridPoint {
	var out []commentGridPoint
	for _, g := range cfg.Grams {
		for _, tf := range cfg.TF {
			for _, nw := range cfg.NewsWeights {
				for _, lam := range cfg.Lambdas {
					for _, ep := range cfg.Epochs {
						for _, nb := range cfg.NB {
							for _, b := range cfg.Bags {
								for _, pw := range cfg.PosWeights {
									out = append(out, commentGridPoint{commentLayout{g[0], g[1], cfg.Words, tf}, nw, lam, nb, pw, ep, max(b, 1)})
								}
							}
						}
					}
				}
			}
		}
	}
	return out
}

// commentStep is the precision of the comment model's stored weights.
const commentStep = 1e-4

// commentRows computes the inputs of the German comments of rows and,
// if any of newsWeights is above 0, of their German news sentences (which
// weigh 0 until setNewsWeight).
func commentRows(rows []TrainRow, lay commentLayout, folds int, newsWeights []float64) []cRow {
	news := false
	for _, w := range newsWeights {
		news = news || w > 0
	}
	var out []cRow
	for i := range rows {
		r := &rows[i]
		own := isComment(r)
		if !own && !(news && r.Genre == GenreNews && r.Lang == "de") {
			continue
		}
		c := cRow{x: commentInputs(r.Text, lay, nil), fold: groupFold(r.Group, folds), own: own, row: i, wt: 1}
		if r.Worthy {
			c.y = 1
		}
		out = append(out, c)
	}
	return out
}

// setNewsWeight sets the weight of the news rows to wt and that of the
// check-worthy comments to pos.
func setNewsWeight(crs []cRow, wt, pos float64) {
	for i := range crs {
		switch {
		case !crs[i].own:
			crs[i].wt = float32(wt)
		case crs[i].y == 1:
			crs[i].wt = float32(pos)
		}
	}
}

// trainCommentsNB fits the comment model at grid point g on the rows keep
// accepts: with g.nb > 0, each hashed input is scaled by its naive-Bayes
// weight (|log-count ratio| + g.nb, counted on those rows), and the scale
// is folded into the returned weights, so that they read unscaled inputs;
// with g.bags > 1, the mean of that many fits with different shuffles.
func trainCommentsNB(rows []cRow, keep func(*cRow) bool, g commentGridPoint) []float32 {
	var sc []float32
	if g.nb > 0 {
		sc = nbScale(rows, keep, g.nb)
	}
	w := trainComments(rows, keep, g.lambda, g.epochs, sc, 0)
	for b := 1; b < g.bags; b++ {
		wb := trainComments(rows, keep, g.lambda, g.epochs, sc, uint64(b))
		for i := range w {
			w[i] += wb[i]
		}
	}
	for i := range w {
		w[i] /= float32(max(g.bags, 1))
		if sc != nil {
			w[i] *= sc[i]
		}
	}
	return w
}

// nbScale returns the naive-Bayes scale of every hashed input: |log((p_i
// / Σp) / (q_i / Σq))| + c, where p_i and q_i count the check-worthy and
// other rows keep accepts with input i (plus one); 1 beyond the hashed
// space.
func nbScale(rows []cRow, keep func(*cRow) bool, c float64) []float32 {
	p := make([]float32, cmHash)
	q := make([]float32, cmHash)
	for i := range p {
		p[i], q[i] = 1, 1
	}
	for i := range rows {
		r := &rows[i]
		if r.wt <= 0 || !keep(r) {
			continue
		}
		for _, x := range r.x {
			if x.i < cmHash {
				if r.y == 1 {
					p[x.i] += r.wt
				} else {
					q[x.i] += r.wt
				}
			}
		}
	}
	var sp, sq float64
	for i := range p {
		sp += float64(p[i])
		sq += float64(q[i])
	}
	sc := make([]float32, cmWeights)
	for i := range sc {
		sc[i] = 1
		if i < cmHash {
			sc[i] = float32(math.Abs(math.Log(float64(p[i])/sp)-math.Log(float64(q[i])/sq)) + c)
		}
	}
	return sc
}

// trainComments fits the comment model's weights on the rows keep
// accepts (and that weigh more than 0) as train does the shared model's
// (adaGrad), in an order of their own (seed); deterministic. A scale, if
// not nil, multiplies each input's value.
func trainComments(rows []cRow, keep func(*cRow) bool, lambda float64, epochs int, scale []float32, seed uint64) []float32 {
	var fit []fRow
	for i := range rows {
		r := &rows[i]
		if r.wt <= 0 || !keep(r) {
			continue
		}
		fr := fRow{idx: make([]int32, len(r.x)), val: make([]float32, len(r.x)), y: r.y, wt: r.wt}
		for k, x := range r.x {
			v := x.v
			if scale != nil {
				v *= scale[x.i]
			}
			fr.idx[k], fr.val[k] = x.i, v
		}
		fit = append(fit, fr)
	}
	order := make([]int, len(fit))
	for i := range order {
		order[i] = i
	}
	return adaGrad(fit, order, cmWeights, lambda, epochs, rand.New(rand.NewPCG(3+seed, 4)))
}

// dotInputs returns the dot product of the weights w and the sparse inputs
// xs.
func dotInputs(w []float32, xs []cInput) float64 {
	z := 0.0
	for _, x := range xs {
		z += float64(w[x.i]) * float64(x.v)
	}
	return z
}

// Score returns the comment model's score of a German comment with the
// shared model's views sh (CommentViews); 0.5 is the cut-off.
func (c *CommentsFitted) Score(text string, sh CommentShared) float64 {
	return 1 / (1 + math.Exp(-c.m.logit(text, sh)))
}
