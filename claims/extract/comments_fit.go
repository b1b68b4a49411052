package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
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
	// Views lists candidate sets of the shared model's sentence views the
	// stacking reads besides svWhole: bit v for view v (svNewsMax …).
	Views []int
	// NB lists candidate naive-Bayes scalings of the hashed inputs
	// (NBSVM, Wang and Manning 2012): each input times |log-count ratio|
	// + c, the ratios counted on the rows of each fit; 0: no scaling.
	NB []float64
	// Bags lists candidate numbers of fits averaged (each with its own
	// shuffle of the rows); 1: one fit.
	Bags     []int
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
	if len(cfg.Lambdas) == 0 {
		cfg.Lambdas = def.Lambdas
	}
	if len(cfg.Epochs) == 0 {
		cfg.Epochs = def.Epochs
	}
	if len(cfg.NewsWeights) == 0 {
		cfg.NewsWeights = def.NewsWeights
	}
	if len(cfg.Grams) == 0 {
		cfg.Grams = def.Grams
	}
	if len(cfg.Views) == 0 {
		cfg.Views = def.Views
	}
	if len(cfg.NB) == 0 {
		cfg.NB = def.NB
	}
	if len(cfg.Bags) == 0 {
		cfg.Bags = def.Bags
	}
	if cfg.Folds < 2 {
		cfg.Folds = def.Folds
	}
	if len(shared) != len(rows) {
		return nil, errors.New("FitComments: one shared logit per row needed")
	}
	var ys []bool
	var sh []CommentShared
	for i := range rows {
		if isComment(&rows[i]) {
			ys = append(ys, rows[i].Worthy)
			sh = append(sh, shared[i])
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
		setNewsWeight(crs, gp.news)
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
			th, f1 := bestThreshold(stackProbs(st, xs), ys, false)
			best.Notes = append(best.Notes, fmt.Sprintf("%s, views %d: stacked CV F1 %.3f at %.2f (shared alone %.3f); stack %s", gp, nm, f1, th, best.SharedF1, fmtStack(st)))
			if f1 > best.CVF1+1e-9 {
				best.CVF1, best.Threshold, best.Lambda, best.Epochs, best.News, best.Views, best.NB, best.Bags = f1, th, gp.lambda, gp.epochs, gp.news, nm, gp.nb, gp.bags
				bestAt, bestStack = gp, st
			}
		}
	}
	crs = commentRows(rows, bestAt.lay, cfg.Folds, []float64{bestAt.news})
	setNewsWeight(crs, bestAt.news)
	w := trainCommentsNB(crs, func(*cRow) bool { return true }, bestAt)
	for i, v := range w {
		w[i] = float32(math.Round(float64(v)/commentStep) * commentStep)
	}
	bestStack[0] -= logit(best.Threshold)
	best.m = commentModel{lay: bestAt.lay, w: w, stack: bestStack}
	return best, nil
}

// commentGridPoint is one combination of CommentsConfig's candidates
// (without Views, which only changes the stacking).
type commentGridPoint struct {
	lay              commentLayout
	news, lambda, nb float64
	epochs, bags     int
}

func (g commentGridPoint) String() string {
	return fmt.Sprintf("grams %d-%d, words %t, news weight %g, lambda %g, epochs %d, nb %g, bags %d", g.lay.minN, g.lay.maxN, g.lay.words, g.news, g.lambda, g.epochs, g.nb, g.bags)
}

// grid lists the combinations of the candidates, layouts outermost.
func (cfg *CommentsConfig) grid() []commentGridPoint {
	var out []commentGridPoint
	for _, g := range cfg.Grams {
		for _, nw := range cfg.NewsWeights {
			for _, lam := range cfg.Lambdas {
				for _, ep := range cfg.Epochs {
					for _, nb := range cfg.NB {
						for _, b := range cfg.Bags {
							out = append(out, commentGridPoint{commentLayout{g[0], g[1], cfg.Words}, nw, lam, nb, ep, max(b, 1)})
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

func setNewsWeight(crs []cRow, wt float64) {
	for i := range crs {
		if !crs[i].own {
			crs[i].wt = float32(wt)
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
// accepts (and that weigh more than 0), as train does the shared model's:
// AdaGrad steps, L2 on the weights a row touches; deterministic. A scale,
// if not nil, multiplies each input's value.
func trainComments(rows []cRow, keep func(*cRow) bool, lambda float64, epochs int, scale []float32, seed uint64) []float32 {
	w := make([]float32, cmWeights)
	g2 := make([]float32, cmWeights)
	var order []int
	for i := range rows {
		if rows[i].wt > 0 && keep(&rows[i]) {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewPCG(3+seed, 4))
	const lr = 0.1
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			r := &rows[i]
			z := 0.0
			for _, x := range r.x {
				v := x.v
				if scale != nil {
					v *= scale[x.i]
				}
				z += float64(w[x.i]) * float64(v)
			}
			p := 1 / (1 + math.Exp(-z))
			g := float32(p-float64(r.y)) * r.wt
			for _, x := range r.x {
				v := x.v
				if scale != nil {
					v *= scale[x.i]
				}
				gj := g*v + float32(lambda)*w[x.i]
				g2[x.i] += gj * gj
				w[x.i] -= lr * gj / float32(math.Sqrt(float64(g2[x.i])+1e-8))
			}
		}
	}
	return w
}

func dotInputs(w []float32, xs []cInput) float64 {
	z := 0.0
	for _, x := range xs {
		z += float64(w[x.i]) * float64(x.v)
	}
	return z
}

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

// SharedCommentOOF returns, for every German comment of rows, the shared
// model's views (CommentShared) by a model of the shipped design (L2
// strength lambda, context mask ctx) fitted on all rows but the comments
// of its inner fold (folds as Fit's); zero for other rows.
func SharedCommentOOF(rows []TrainRow, lambda float64, ctx int) []CommentShared {
	cfg := FitConfig{Folds: 5, Context: ctx}
	if ctx == 0 {
		cfg.Context = DefaultContext
	}
	frs := prepare(rows, cfg)
	// every sentence of every comment, alone, as news
	var sents []TrainRow
	var of []int
	for i := range rows {
		if !isComment(&rows[i]) {
			continue
		}
		for _, sp := range commentSentences(rows[i].Text) {
			sents = append(sents, TrainRow{Text: rows[i].Text[sp.s:sp.e], Lang: rows[i].Lang, Genre: GenreNews})
			of = append(of, i)
		}
	}
	srs := prepare(sents, cfg)
	for j := range sents {
		sents[j].Genre = GenreComments
	}
	crs := prepare(sents, cfg)
	out := make([]CommentShared, len(rows))
	n := make([]int, len(rows))
	for k := 0; k < cfg.Folds; k++ {
		w := train(frs, func(r *fRow) bool { return !(r.dom == domComments && r.fold == k) }, lambda, defaultEpochs)
		for i := range frs {
			if frs[i].fold == k && isComment(&rows[i]) {
				out[i][svWhole] = dotRow(w, &frs[i])
			}
		}
		for j := range srs {
			i := of[j]
			if frs[i].fold != k {
				continue
			}
			news, com := dotRow(w, &srs[j]), dotRow(w, &crs[j])
			if n[i] == 0 || news > out[i][svNewsMax] {
				out[i][svNewsMax] = news
			}
			if n[i] == 0 || com > out[i][svSentMax] {
				out[i][svSentMax] = com
			}
			out[i][svNewsMean] += news
			n[i]++
		}
	}
	for i := range out {
		if n[i] > 0 {
			out[i][svNewsMean] /= float64(n[i])
		}
	}
	return out
}

func dotRow(w []float32, r *fRow) float64 {
	z := 0.0
	for j, x := range r.idx {
		z += float64(w[x]) * float64(r.val[j])
	}
	return z
}

// CommentViews returns the fitted shared model's views of a comment row,
// each before the threshold its fit moved into the bias: the stacking's
// inputs.
func (f *Fitted) CommentViews(r TrainRow) CommentShared {
	var z tokenizer
	f.mu.Lock()
	if f.docs == nil {
		f.docs = map[string]*docSketch{}
	}
	rc := contextOf(r, f.docs)
	f.mu.Unlock()
	var a analysis
	toks := unitFeatures(&z, r.Text, r.Lang, rc.p, &a)
	var cx [nCtx]float32
	contextInputs(rc.p, r.Lang == "en", f.model.ctx, rc.before, rc.after, &cx)
	lg, _ := f.model.scoreLogit(r.Text, &a, &cx, terms(r.Text, toks, nil), domComments, nil)
	if rc.doc != nil {
		lg += f.model.articleLogit(domComments, rc.doc)
	}
	l := 0
	if r.Lang == "en" {
		l = 1
	}
	sh := sentenceViews(&f.model, r.Text, r.Lang)
	addCuts(&sh, logit(f.Thresholds[domNews][l]), logit(f.Thresholds[domComments][l]))
	sh[svWhole] = lg + logit(f.Thresholds[domComments][l])
	return sh
}

// Score returns the comment model's score of a German comment with the
// shared model's views sh (CommentViews); 0.5 is the cut-off.
func (c *CommentsFitted) Score(text string, sh CommentShared) float64 {
	return 1 / (1 + math.Exp(-c.m.logit(text, sh)))
}

// WriteTo writes the comment model in the text form the package embeds
// (comments.tsv): '#' lines (the layout and the stacking first, then
// notes), then "INDEX<TAB>WEIGHT" for every non-zero weight, in units of
// commentStep.
func (c *CommentsFitted) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	m := &c.m
	words := 0
	if m.lay.words {
		words = 1
	}
	fmt.Fprintf(bw, "# claim extraction comment model: commentBits %d, shapes %d\n", commentBits, nCommentShape)
	fmt.Fprintf(bw, "# layout %d %d %d\n", m.lay.minN, m.lay.maxN, words)
	fmt.Fprintf(bw, "# stack %s\n", fmtStack(m.stack))
	fmt.Fprintf(bw, "# lambda %g, epochs %d, news weight %g, views %d, nb %g, bags %d; %d comments; stacked CV F1 %.3f at threshold %.2f (moved into the stack bias); shared model alone %.3f\n",
		c.Lambda, c.Epochs, c.News, c.Views, c.NB, c.Bags, c.Rows, c.CVF1, c.Threshold, c.SharedF1)
	for _, n := range c.Notes {
		fmt.Fprintf(bw, "# %s\n", n)
	}
	for i, v := range m.w {
		if v != 0 {
			fmt.Fprintf(bw, "%d\t%d\n", i, int(math.Round(float64(v)/commentStep)))
		}
	}
	return 0, bw.Flush()
}

// parseComments reads the text form written by WriteTo; nil for a text
// without a model (no layout line).
func parseComments(data string) (*commentModel, error) {
	var m commentModel
	haveLayout, haveStack := false, false
	for len(data) > 0 {
		line := data
		if k := strings.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = ""
		}
		if line == "" {
			continue
		}
		if line[0] == '#' {
			if v, ok := strings.CutPrefix(line, "# layout "); ok {
				var words int
				if _, err := fmt.Sscanf(v, "%d %d %d", &m.lay.minN, &m.lay.maxN, &words); err != nil {
					return nil, fmt.Errorf("bad layout line %q", line)
				}
				m.lay.words, haveLayout = words == 1, true
				m.w = make([]float32, cmWeights)
			}
			if v, ok := strings.CutPrefix(line, "# stack "); ok {
				f := strings.Fields(v)
				if len(f) != nStack {
					return nil, fmt.Errorf("bad stack line %q", line)
				}
				for k, x := range f {
					var err error
					if m.stack[k], err = strconv.ParseFloat(x, 64); err != nil {
						return nil, fmt.Errorf("bad stack line %q", line)
					}
				}
				haveStack = true
			}
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		i, err1 := strconv.Atoi(a)
		v, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || i < 0 || i >= cmWeights || !haveLayout {
			return nil, fmt.Errorf("bad comment model line %q", line)
		}
		m.w[i] = float32(float64(v) * commentStep)
	}
	if !haveLayout {
		return nil, nil
	}
	if !haveStack {
		return nil, errors.New("no stack line")
	}
	return &m, nil
}
