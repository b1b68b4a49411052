package extract

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// LabelledText is a whole text (a comment) labelled check-worthy or not.
type LabelledText struct {
	ID     string // row id; its hash decides the cross-validation folds
	Text   string
	Worthy bool
}

// CommentFit is a comment model fitted by FitComments, with the choices
// cross-validation made for it.
type CommentFit struct {
	Lang        string
	Rows        int     // labelled texts fitted on
	Folds       int     // k of the cross-validation
	Lambda      float64 // L2 strength of the term weights
	DenseLambda float64 // L2 strength of the feature weights
	Threshold   float64 // CV-best threshold, which the bias moves to DefaultThreshold
	P, R, F1    float64 // pooled cross-validated figures at Threshold
	model       *commentModel
}

// l2 is a pair of L2 strengths: of the term weights and of the sentence
// and whole-text feature weights.
type l2 struct{ terms, dense float64 }

// lambdas are the L2 strengths FitComments chooses from.
var lambdas = []l2{
	{0.001, 0.01}, {0.003, 0.01}, {0.01, 0.01},
	{0.001, 0.03}, {0.003, 0.03}, {0.01, 0.03},
}

const (
	fitSteps    = 300  // full-batch Adam steps
	minTermDocs = 2    // a term must occur in this many training texts
	minTermW    = 5e-3 // smaller term weights are dropped
)

// FitComments fits a comment model for lang on rows. The L2 strength and
// the threshold are chosen by k-fold cross-validation on rows (a row's fold
// is Fold(ID, k)); the bias is then shifted so that the chosen threshold
// becomes DefaultThreshold. Deterministic: the same rows give the same
// model.
func FitComments(rows []LabelledText, lang string, k int) (*CommentFit, error) {
	if k < 2 {
		return nil, fmt.Errorf("extract: %d folds; need at least 2", k)
	}
	return fitPrepared(prepareComments(rows, lang), lang, k, func(r *cRow) int { return Fold(r.group, k) })
}

// cRow is a labelled text as the fit reads it.
type cRow struct {
	id    string
	group string    // id of the first row with the same text: copies share a fold
	x     []float64 // denseInputs
	terms []string
	y     float64
}

func prepareComments(rows []LabelledText, lang string) []cRow {
	out := make([]cRow, len(rows))
	groups := sameTextGroups(rows)
	var z tokenizer
	for i, r := range rows {
		a, u, ts := commentInputs(r.Text, lang, &z)
		c := cRow{id: r.ID, group: groups[i], x: denseInputs(&a, &u), terms: make([]string, len(ts))}
		for j, t := range ts {
			c.terms[j] = t.term
		}
		if r.Worthy {
			c.y = 1
		}
		out[i] = c
	}
	return out
}

func fitPrepared(rows []cRow, lang string, k int, fold func(*cRow) int) (*CommentFit, error) {
	pos := 0
	for _, r := range rows {
		pos += int(r.y)
	}
	if pos == 0 || pos == len(rows) {
		return nil, fmt.Errorf("extract: %d labelled texts, %d check-worthy; need both kinds", len(rows), pos)
	}
	best := &CommentFit{Lang: lang, Rows: len(rows), Folds: k, F1: -1}
	for _, lambda := range lambdas {
		pred := make([]float64, len(rows))
		var wg sync.WaitGroup
		for f := 0; f < k; f++ {
			wg.Add(1)
			go func(f int) {
				defer wg.Done()
				var tr []cRow
				for i := range rows {
					if fold(&rows[i]) != f {
						tr = append(tr, rows[i])
					}
				}
				m := trainComment(tr, lambda)
				for i := range rows {
					if fold(&rows[i]) == f {
						pred[i] = m.prob(&rows[i])
					}
				}
			}(f)
		}
		wg.Wait()
		for i := 5; i <= 95; i++ {
			t := float64(i) / 100
			if p, r, f1 := prfAt(rows, pred, t); f1 > best.F1 {
				best.Lambda, best.DenseLambda, best.Threshold, best.P, best.R, best.F1 = lambda.terms, lambda.dense, t, p, r, f1
			}
		}
	}
	m := trainComment(rows, l2{best.Lambda, best.DenseLambda})
	m.bias = round4(m.bias - logit(best.Threshold) + logit(DefaultThreshold))
	best.model = m
	return best, nil
}

func prfAt(rows []cRow, pred []float64, t float64) (p, r, f1 float64) {
	var tp, fp, fn float64
	for i := range rows {
		switch {
		case pred[i] >= t && rows[i].y == 1:
			tp++
		case pred[i] >= t:
			fp++
		case rows[i].y == 1:
			fn++
		}
	}
	if tp == 0 {
		return 0, 0, 0
	}
	p, r = tp/(tp+fp), tp/(tp+fn)
	return p, r, 2 * p * r / (p + r)
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// prob returns the model's probability for a prepared row.
func (m *commentModel) prob(r *cRow) float64 {
	z := m.bias
	for f := 0; f < nFeat; f++ {
		z += m.sent[f] * r.x[f]
	}
	for f := 0; f < nUnitFeat; f++ {
		z += m.unit[f] * r.x[nFeat+f]
	}
	for _, t := range r.terms {
		z += m.terms[t]
	}
	return 1 / (1 + math.Exp(-z))
}

// trainComment fits one model on rows with term L2 strength lambda: a
// logistic regression by full-batch Adam steps, each dense weight kept on
// the side of its sign (FeatureSigns, UnitFeatureSigns; the heading
// feature, which no comment has, at zero). Terms are scaled by their
// naive-Bayes log-count ratio in rows (Wang and Manning 2012), so a word
// that tells the classes apart is penalised less for a large weight.
func trainComment(rows []cRow, lambda l2) *commentModel {
	df := map[string]int{}
	for _, r := range rows {
		for _, t := range r.terms {
			df[t]++
		}
	}
	var vocab []string
	for t, c := range df {
		if c >= minTermDocs {
			vocab = append(vocab, t)
		}
	}
	sort.Strings(vocab)
	index := make(map[string]int32, len(vocab))
	for i, t := range vocab {
		index[t] = int32(i)
	}
	nt, nd := len(vocab), nFeat+nUnitFeat
	ids := make([][]int32, len(rows))
	cnt := [2][]float64{make([]float64, nt), make([]float64, nt)}
	for i, r := range rows {
		for _, t := range r.terms {
			if j, ok := index[t]; ok {
				ids[i] = append(ids[i], j)
				cnt[int(r.y)][j]++
			}
		}
	}
	var sum [2]float64
	for c := range cnt {
		for j := range cnt[c] {
			sum[c] += cnt[c][j] + 1
		}
	}
	scale := make([]float64, nt)
	for j := range scale {
		scale[j] = math.Log((cnt[1][j] + 1) / sum[1] / ((cnt[0][j] + 1) / sum[0]))
	}
	lo, hi := denseLimits()
	// params: term weights, dense weights, bias
	w := make([]float64, nt+nd+1)
	g := make([]float64, len(w))
	opt := adamState{m: make([]float64, len(w)), v: make([]float64, len(w))}
	n := float64(len(rows))
	for step := 1; step <= fitSteps; step++ {
		clear(g)
		for i := range rows {
			x := rows[i].x
			z := w[nt+nd]
			for _, j := range ids[i] {
				z += w[j] * scale[j]
			}
			for f, v := range x {
				z += w[nt+f] * v
			}
			d := (1/(1+math.Exp(-z)) - rows[i].y) / n
			for _, j := range ids[i] {
				g[j] += d * scale[j]
			}
			for f, v := range x {
				g[nt+f] += d * v
			}
			g[nt+nd] += d
		}
		for j := 0; j < nt; j++ {
			g[j] += lambda.terms * w[j]
		}
		for f := 0; f < nd; f++ {
			g[nt+f] += lambda.dense * w[nt+f]
		}
		opt.step(w, g, step)
		for f := 0; f < nd; f++ {
			w[nt+f] = math.Min(math.Max(w[nt+f], lo[f]), hi[f])
		}
	}
	m := &commentModel{bias: round4(w[nt+nd]), terms: map[string]float64{}}
	for f := 0; f < nFeat; f++ {
		m.sent[f] = round4(w[nt+f])
	}
	for f := 0; f < nUnitFeat; f++ {
		m.unit[f] = round4(w[nt+nFeat+f])
	}
	for j, t := range vocab {
		if v := round4(w[j] * scale[j]); math.Abs(v) >= minTermW {
			m.terms[t] = v
		}
	}
	return m
}

// denseLimits returns the interval each dense weight must stay in.
func denseLimits() (lo, hi []float64) {
	signs := append(append([]int(nil), featureSigns[:]...), unitFeatureSigns[:]...)
	lo, hi = make([]float64, len(signs)), make([]float64, len(signs))
	for i, s := range signs {
		lo[i], hi[i] = math.Inf(-1), math.Inf(1)
		if s > 0 {
			lo[i] = 0
		} else if s < 0 {
			hi[i] = 0
		}
	}
	lo[fHeading], hi[fHeading] = 0, 0
	return lo, hi
}

// adamState is the Adam optimiser's moment estimates.
type adamState struct{ m, v []float64 }

func (a *adamState) step(w, g []float64, it int) {
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	c1, c2 := 1-math.Pow(b1, float64(it)), 1-math.Pow(b2, float64(it))
	for i := range w {
		a.m[i] = b1*a.m[i] + (1-b1)*g[i]
		a.v[i] = b2*a.v[i] + (1-b2)*g[i]*g[i]
		w[i] -= lr * (a.m[i] / c1) / (math.Sqrt(a.v[i]/c2) + eps)
	}
}

// Score returns the fitted model's score of text, as Score would give it
// with this model compiled in.
func (f *CommentFit) Score(text string) float64 {
	var z tokenizer
	s, _ := f.model.score(text, f.Lang, &z)
	return s
}

// Terms returns how many term weights the model keeps.
func (f *CommentFit) Terms() int { return len(f.model.terms) }

// WriteTo writes the model in the text form compiled into the package
// (comment_LANG.tsv), after the given comment lines.
func (f *CommentFit) WriteTo(w io.Writer, notes ...string) error {
	b := bufio.NewWriter(w)
	m := f.model
	for _, n := range notes {
		fmt.Fprintf(b, "# %s\n", n)
	}
	fmt.Fprintf(b, "bias\t%g\n", m.bias)
	for k, name := range featureNames {
		if m.sent[k] != 0 {
			fmt.Fprintf(b, "sentence\t%s\t%g\n", name, m.sent[k])
		}
	}
	for k, name := range unitFeatureNames {
		if m.unit[k] != 0 {
			fmt.Fprintf(b, "whole\t%s\t%g\n", name, m.unit[k])
		}
	}
	terms := make([]string, 0, len(m.terms))
	for t := range m.terms {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		fmt.Fprintf(b, "term\t%s\t%g\n", t, m.terms[t])
	}
	return b.Flush()
}

// CrossValidateComments estimates how well FitComments does on texts it
// was not fitted on: each row's outer fold is its id hash mod k (for k = 5,
// fold 0 is the rows HeldOut holds back), except that rows with the same
// text (a comment posted twice; compared by letters and digits, ignoring
// case) all take the fold of the first of them, so no text is scored by a
// model that was fitted on a copy of it; for each outer fold a
// model is fitted by FitComments on the other folds, choosing its L2
// strength and threshold by its own inner cross-validation, and scores the
// rows of that fold. It returns each row's score (judge at
// DefaultThreshold) and its outer fold. progress, if not nil, is called
// after each outer fold.
func CrossValidateComments(rows []LabelledText, lang string, k int, progress func(done, total int)) (scores []float64, folds []int, err error) {
	if k < 2 {
		return nil, nil, fmt.Errorf("extract: %d folds; need at least 2", k)
	}
	prep := prepareComments(rows, lang)
	scores, folds = make([]float64, len(rows)), make([]int, len(rows))
	for i := range prep {
		folds[i] = int(idHash(prep[i].group) % uint32(k))
	}
	for f := 0; f < k; f++ {
		var tr []cRow
		for i := range prep {
			if folds[i] != f {
				tr = append(tr, prep[i])
			}
		}
		fit, err := fitPrepared(tr, lang, k, func(r *cRow) int { return Fold(r.group, k) })
		if err != nil {
			return nil, nil, fmt.Errorf("fold %d of %d: the other folds: %w", f+1, k, err)
		}
		for i := range prep {
			if folds[i] == f {
				scores[i] = math.Round(fit.model.prob(&prep[i])*1e4) / 1e4
			}
		}
		if progress != nil {
			progress(f+1, k)
		}
	}
	return scores, folds, nil
}

// TextKey returns the letters and digits of text, lower-cased: two texts
// with the same key are copies of one another for fitting and
// cross-validation.
func TextKey(text string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(text) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// sameTextGroups returns for each row the ID of the first row with the
// same TextKey.
func sameTextGroups(rows []LabelledText) []string {
	first := make(map[string]string, len(rows))
	out := make([]string, len(rows))
	for i, r := range rows {
		key := TextKey(r.Text)
		if id, ok := first[key]; ok {
			out[i] = id
			continue
		}
		first[key] = r.ID
		out[i] = r.ID
	}
	return out
}
