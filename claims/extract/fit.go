package extract

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// TrainRow is one labelled unit for fitting the scoring model.
type TrainRow struct {
	Text    string
	Lang    string // "de" or "en"
	Genre   string // GenreNews, GenreDebates or GenreComments
	Heading bool   // a line of its own without final punctuation
	// Doc is the whole text the row is a unit of (a news article), Start
	// and End its byte offsets there; "" for a unit read alone. The
	// context inputs are those of the unit at these offsets as Extract
	// splits Doc.
	Doc        string
	Start, End int
	Worthy     bool
	// Group keeps rows together in cross-validation: the article of a news
	// sentence, a block of neighbouring rows of a debate or comment file.
	Group string
}

// FitConfig says how to fit. The zero value means: choose the L2 strength
// from Lambdas by Folds-fold cross-validation (5 folds), Epochs passes.
type FitConfig struct {
	Lambdas []float64 // candidate L2 strengths; one value: no choice
	Folds   int
	Epochs  int
	// GenreWeight weighs the rows of a genre in the loss (default 1 each).
	GenreWeight map[string]float64
	// Context is the mask of context groups (Ctx*) the model reads;
	// 0 means DefaultContext, CtxNone none.
	Context int
	// NewsFraction, when in (0, 1), fits on only that share of the news
	// articles (by a hash of the group), for a learning curve; every
	// row is still scored in cross-validation.
	NewsFraction float64
	// NoStage2 fits no second stage (stage2.go): news scores are the
	// first stage's.
	NoStage2 bool
	// Progress, when set, is called after each cross-validation fit.
	Progress func(done, total int)
}

// Fitted is a fitted scoring model with the figures of its fitting.
type Fitted struct {
	model      linModel
	Lambda     float64
	Context    int              // mask of the context groups the model reads
	Thresholds [nDom][2]float64 // per genre and language (German, English), before they were moved into the biases
	CVF1       [nDom]float64    // cross-validated F1 per genre at its thresholds (0: no rows)
	Rows       [nDom]int
	Notes      []string
	// Thresholds2 are the news thresholds (German, English) of the second
	// stage, chosen on its out-of-fold scores and moved into its biases.
	Thresholds2 [2]float64
	s2          stage2 // the second stage (stage2.go); off when not fitted
	mu          sync.Mutex
	docs        map[string]*docSketch   // Score's sketches of the rows' texts
	docZ        map[*docSketch]s2Logits // Score's first-stage logits of the texts' units
}

// fRow is a TrainRow turned into sparse inputs.
type fRow struct {
	idx  []int32
	val  []float32
	y    float32
	wt   float32 // weight in the loss
	dom  int
	en   int // 1 for English
	fold int
	keep bool // fitted on (FitConfig.NewsFraction)
}

// defaultEpochs is the number of passes when FitConfig sets none.
const defaultEpochs = 6

// defaultLambdas are the candidate L2 strengths when FitConfig sets none.
var defaultLambdas = []float64{1e-5, 1e-4, 1e-3}

// prepare computes the inputs of every row. docs, when not nil, collects
// the sketches of the rows' texts (by group and language) with the inputs
// of every unit of them (docSketch.units), for the second stage.
func prepare(rows []TrainRow, cfg FitConfig, docs map[string]*docSketch) []fRow {
	out := make([]fRow, len(rows))
	var z tokenizer
	var buf []term
	if docs == nil {
		docs = map[string]*docSketch{}
	}
	if cfg.Context == 0 {
		cfg.Context = DefaultContext
	}
	for i, r := range rows {
		dom := domainOf(r.Genre)
		rc := contextOf(r, docs)
		fr := fRow{dom: dom, fold: groupFold(r.Group, cfg.Folds), wt: 1, keep: true}
		if r.Lang == "en" {
			fr.en = 1
		}
		if dom == domNews && cfg.NewsFraction > 0 && cfg.NewsFraction < 1 {
			fr.keep = fraction(r.Group) < cfg.NewsFraction
		}
		if v, ok := cfg.GenreWeight[domainNames[dom]]; ok {
			fr.wt = float32(v)
		}
		if r.Worthy {
			fr.y = 1
		}
		buf = rowInputs(&fr, &z, r.Text, r.Lang, rc, cfg.Context, buf)
		out[i] = fr
	}
	return out
}

// rowInputs appends to fr the inputs of the unit text in language lang
// with context rc, as the model of context groups mask reads it in fr's
// domain; buf is scratch space, returned for reuse.
func rowInputs(fr *fRow, z *tokenizer, text, lang string, rc rowContext, mask int, buf []term) []term {
	dom := fr.dom
	var a analysis
	toks := unitFeatures(z, text, lang, rc.p, &a)
	buf = terms(text, toks, buf[:0])
	add := func(k int, v float64) {
		fr.idx = append(fr.idx, int32(k))
		fr.val = append(fr.val, float32(v))
	}
	add(offBias, 1)
	add(offBias+1+dom, 1)
	for f := 0; f < nFeat; f++ {
		if a.x[f] != 0 {
			add(offDense+f, a.x[f])
			add(offDense+nFeat*(1+dom)+f, a.x[f])
		}
	}
	var cx ctxInputs
	contextInputs(rc.p, lang == "en", mask, rc.before, rc.after, &cx)
	articleInputs(mask, rc.doc, &cx)
	for k, v := range cx.v {
		if v != 0 {
			add(offCtx+k, float64(v))
			add(offCtx+nCtx*(1+dom)+k, float64(v))
		}
	}
	sc := termScale(len(buf))
	for _, t := range buf {
		g, d := slots(t.h, dom)
		add(g, sc)
		add(d, sc)
	}
	return buf
}

// fraction maps a group to [0, 1) by a hash of its own, for learning
// curves (FitConfig.NewsFraction).
func fraction(group string) float64 {
	h := fnv.New32a()
	h.Write([]byte("fraction/" + group))
	return float64(h.Sum32()%10000) / 10000
}

// groupFold returns the cross-validation fold of a group. A news group is
// its article ("corpus/file"), whose FNV hash modulo 5 is what
// trainset.DevArticle sets the development articles apart by (remainder
// 0): the fold is taken from the quotient, or no training article would
// fall in fold 0 of five.
func groupFold(group string, k int) int {
	if k <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(group))
	return int(h.Sum32() / 5 % uint32(k))
}

// train fits weights by stochastic gradient descent with AdaGrad steps and
// L2 on the rows for which keep is true (and that are to be fitted on at
// all, fRow.keep); deterministic for given rows.
func train(rows []fRow, keep func(*fRow) bool, lambda float64, epochs int) []float32 {
	order := make([]int, 0, len(rows))
	for i := range rows {
		if rows[i].keep && keep(&rows[i]) {
			order = append(order, i)
		}
	}
	return adaGrad(rows, order, nWeights, lambda, epochs, rand.New(rand.NewPCG(1, 2)))
}

// adaGrad fits n weights of a logistic regression by stochastic gradient
// descent with AdaGrad steps (rate 0.1) and L2 strength lambda on the
// weights a row touches, each row's loss times its weight fRow.wt: epochs
// passes over the rows order lists (indexes in rows), each in an order
// rng shuffles; deterministic for given rows and rng.
func adaGrad(rows []fRow, order []int, n int, lambda float64, epochs int, rng *rand.Rand) []float32 {
	w := make([]float32, n)
	g2 := make([]float32, n)
	const lr = 0.1
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			r := &rows[i]
			z := 0.0
			for k, j := range r.idx {
				z += float64(w[j]) * float64(r.val[k])
			}
			p := 1 / (1 + math.Exp(-z))
			g := float32(p-float64(r.y)) * r.wt
			for k, j := range r.idx {
				gj := g*r.val[k] + float32(lambda)*w[j] // L2 on the weights the row touches
				g2[j] += gj * gj
				w[j] -= lr * gj / float32(math.Sqrt(float64(g2[j])+1e-8))
			}
		}
	}
	return w
}

// predict returns the logistic probability of row r under the weights w.
func predict(w []float32, r *fRow) float64 {
	return 1 / (1 + math.Exp(-predictLogit(w, r)))
}

// predictLogit returns the dot product of the weights w and the sparse row
// r.
func predictLogit(w []float32, r *fRow) float64 {
	z := 0.0
	for k, j := range r.idx {
		z += float64(w[j]) * float64(r.val[k])
	}
	return z
}

// bestThreshold returns the threshold with the best F1 on the scored rows
// (with macro, the best sum of F1 and macro-F1) and the F1 there.
func bestThreshold(ps []float64, ys []bool, macro bool) (float64, float64) {
	bestT, bestF, bestO := 0.5, -1.0, -1.0
	for i := 5; i <= 95; i++ {
		t := float64(i) / 100
		c := countAt(ps, ys, t)
		o := c.f1()
		if macro {
			o += c.macro()
		}
		if o > bestO+1e-12 {
			bestT, bestF, bestO = t, c.f1(), o
		}
	}
	return bestT, bestF
}

// logit returns the log-odds of the probability p.
func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// weightStep is the precision of stored weights; smaller weights are
// dropped.
const weightStep = 1e-3

// roundWeights rounds each weight to a multiple of weightStep.
func roundWeights(w []float32) {
	for i, v := range w {
		w[i] = float32(math.Round(float64(v)/weightStep) * weightStep)
	}
}

// ShippedLambda returns the L2 strength the shipped model was fitted with,
// as its file records it (0 if it does not).
func ShippedLambda() float64 {
	for _, line := range strings.SplitN(modelText, "\n", 4) {
		if v, ok := strings.CutPrefix(line, "# lambda "); ok {
			v, _, _ = strings.Cut(v, ";")
			x, _ := strconv.ParseFloat(v, 64)
			return x
		}
	}
	return 0
}

// ShippedContext returns the mask of context groups the shipped model
// reads (CtxNone if none), for fitting models of the same design.
func ShippedContext() int {
	if scorer.ctx == 0 {
		return CtxNone
	}
	return scorer.ctx
}

// NonZero returns the number of non-zero weights.
func (f *Fitted) NonZero() int {
	n := 0
	for _, v := range f.model.w {
		if v != 0 {
			n++
		}
	}
	return n
}

// WriteTo writes the model in the text form that the package embeds
// (model.tsv): '#' lines of notes, then "INDEX<TAB>WEIGHT" for every
// non-zero weight in index order, the weight in thousandths.
func (f *Fitted) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# claim extraction scoring model: hashBits %d, features %d, genres %s\n", hashBits, nFeat, strings.Join(domainNames[:], " "))
	fmt.Fprintf(bw, "# context %d\n", f.Context)
	fmt.Fprintf(bw, "# lambda %g; rows news %d, debates %d, comments %d\n", f.Lambda, f.Rows[0], f.Rows[1], f.Rows[2])
	for d := 0; d < nDom; d++ {
		fmt.Fprintf(bw, "# %s: thresholds German %.2f, English %.2f by cross-validation (F1 %.3f), moved into the biases\n", domainNames[d], f.Thresholds[d][0], f.Thresholds[d][1], f.CVF1[d])
	}
	for _, n := range f.Notes {
		fmt.Fprintf(bw, "# %s\n", n)
	}
	for _, l := range f.s2.lines() {
		fmt.Fprintln(bw, l)
	}
	for i, v := range f.model.w {
		if v != 0 {
			fmt.Fprintf(bw, "%d\t%d\n", i, int(math.Round(float64(v)/weightStep)))
		}
	}
	return 0, bw.Flush()
}

// parseModel reads the text form written by WriteTo.
func parseModel(data string) (linModel, error) {
	m := linModel{w: make([]float32, nWeights)}
	for len(data) > 0 {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if v, ok := strings.CutPrefix(line, "# context "); ok {
			m.ctx, _ = strconv.Atoi(v)
		}
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "stage2\t") {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		i, err1 := strconv.Atoi(a)
		v, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || i < 0 || i >= nWeights {
			return m, fmt.Errorf("bad model line %q", line)
		}
		m.w[i] = float32(float64(v) * weightStep)
	}
	return m, nil
}

// FeatureWeights returns the shared and per-genre weights of the named
// features, strongest shared weight first (for documentation).
func (f *Fitted) FeatureWeights() []string {
	type fw struct {
		name string
		v    [nDom + 1]float32
	}
	var list []fw
	for k := 0; k < nFeat; k++ {
		x := fw{name: featureNames[k]}
		for d := 0; d <= nDom; d++ {
			x.v[d] = f.model.w[offDense+nFeat*d+k]
		}
		list = append(list, x)
	}
	sort.SliceStable(list, func(i, j int) bool { return math.Abs(float64(list[i].v[0])) > math.Abs(float64(list[j].v[0])) })
	var out []string
	for _, x := range list {
		out = append(out, fmt.Sprintf("%s\t%.3f\t%.3f\t%.3f\t%.3f", x.name, x.v[0], x.v[1], x.v[2], x.v[3]))
	}
	return out
}
