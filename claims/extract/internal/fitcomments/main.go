// Command fitcomments fits the claim extractor's comment model
// (extract.FitComments) and writes it as claims/extract/comments.tsv,
// which the package embeds.
//
// Usage (from the repository root; both directories are flags):
//
//	go run ./claims/extract/internal/fitcomments [-shared ../shared] [-labels data/newslabels] [-out claims/extract/comments.tsv]
//
// Training rows are those of the shared model (internal/fit): CT24 train,
// GermEval 2021 train, news sentences of training articles. The shared
// model's out-of-fold logits of the comments (extract.SharedCommentOOF,
// the shipped L2 strength and context) are the stacking's input; the
// comment model's grid is chosen by the same inner cross-validation. The
// same inputs give the same file, byte for byte.
//
// With -nested, nothing is written: the GermEval comments are scored by a
// nested cross-validation as claimctl eval --report --germeval-only does
// (outer folds by id blocks; everything refitted without the fold), to
// compare grids. -cache DIR keeps the shared model's logits of each outer
// fold there, as they do not depend on the comment model.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/internal/fitinput"
	"claimdesk/claims/extract/trainset"
)

// main fits the comment model on the training rows the flags name, prints
// its notes and chosen settings and writes it; with -nested it scores the
// comments by nested cross-validation instead.
func main() {
	in := fitinput.Define("eval/ and corpora/", true, "claims/extract/comments.tsv", "model")
	nested := flag.Bool("nested", false, "score the comments by nested cross-validation instead of writing a model")
	cache := flag.String("cache", "", "with -nested: directory to keep the shared model's logits in")
	innerOnly := flag.Bool("inner-only", false, "with -nested: print only the inner cross-validation of each outer fold's training comments (to choose a design without scoring the outer folds)")
	var cfg extract.CommentsConfig
	def := extract.DefaultCommentsConfig()
	var lambdas, newsW, nb, pos fitinput.Floats
	var epochs intList
	var grams gramList
	flag.Var(&lambdas, "lambda", "candidate L2 strength of the comment model (repeat)")
	flag.Var(&newsW, "news-weight", "candidate weight of German news sentences (repeat; 0: none)")
	flag.Var(&epochs, "epochs", "candidate passes (repeat)")
	flag.Var(&pos, "pos-weight", "candidate weight of a check-worthy comment in the loss (repeat; 1: as any other)")
	flag.Var(&nb, "nb", "candidate naive-Bayes scaling c (repeat; 0: none)")
	flag.Var(&grams, "grams", "candidate character n-gram range FROM-TO (repeat)")
	words := flag.Bool("words", def.Words, "words and word pairs as inputs")
	tf := flag.String("tf", "", "input values log(1 + count): yes, no or both (candidates; empty: the default)")
	rule := flag.String("threshold-rule", "", "threshold rule of the stacking: f1, f1+macro or smooth (empty: f1)")
	heldOut := flag.Bool("held-out", false, "print each threshold rule's F1 on held-out inner folds too")
	var views, bags intList
	flag.Var(&bags, "bags", "candidate number of fits averaged (repeat)")
	flag.Var(&views, "views", "candidate mask of the shared model's sentence views the stacking reads (repeat; bit 1 news max, 2 news mean, 3 sentence as comment max)")
	in.Parse()
	cfg = extract.CommentsConfig{Lambdas: lambdas, Epochs: epochs, NewsWeights: newsW, Grams: grams, Words: *words, NB: nb}
	cfg.Views, cfg.Bags, cfg.PosWeights = views, bags, pos
	cfg.ThresholdRule, cfg.HeldOut = *rule, *heldOut
	switch *rule {
	case "", extract.ThresholdF1, extract.ThresholdF1Macro, extract.ThresholdSmooth:
	default:
		fail(fmt.Errorf("unknown threshold rule %q", *rule))
	}
	switch *tf {
	case "yes":
		cfg.TF = []bool{true}
	case "no":
		cfg.TF = []bool{false}
	case "both":
		cfg.TF = []bool{false, true}
	}
	t, err := in.TrainingRows()
	if err != nil {
		fail(err)
	}
	rows := t.Rows
	if *nested {
		if err := nestedCV(rows, cfg, *cache, *innerOnly); err != nil {
			fail(err)
		}
		return
	}
	cfg.Progress = func(done, total int) { fmt.Fprintf(os.Stderr, "fitcomments: cross-validation %d of %d\n", done, total) }
	tr := trainset.TrainRows(rows)
	fmt.Fprintln(os.Stderr, "fitcomments: the shared model's out-of-fold logits …")
	oof := extract.SharedCommentOOF(tr, extract.ShippedLambda(), extract.ShippedContext())
	cf, err := extract.FitComments(tr, oof, cfg)
	if err != nil {
		fail(err)
	}
	cf.Notes = append(sourceNotes(t), cf.Notes...)
	for _, n := range cf.Notes {
		fmt.Println(n)
	}
	fmt.Printf("chosen: lambda %g, epochs %d, news weight %g, views %d, nb %g, bags %d; stacked CV F1 %.3f at %.2f; shared alone %.3f\n", cf.Lambda, cf.Epochs, cf.News, cf.Views, cf.NB, cf.Bags, cf.CVF1, cf.Threshold, cf.SharedF1)
	if err := in.WriteOut(cf); err != nil {
		fail(err)
	}
}

// fail prints err on standard error and exits with status 1.
func fail(err error) {
	fmt.Fprintln(os.Stderr, "fitcomments:", err)
	os.Exit(1)
}

// sourceNotes describes the files the rows come from (SHA-1 prefixes),
// for the model's notes.
func sourceNotes(t *fitinput.Training) []string {
	var notes []string
	for _, s := range t.Eval {
		notes = append(notes, fmt.Sprintf("rows of %s: sha1 %s", s.Name, s.Sum))
	}
	return append(notes, t.NewsNotes()...)
}

// outerFold is claimctl's outer GermEval fold of a row (5 folds).
func outerFold(r trainset.Row) int {
	h := fnv.New32a()
	h.Write([]byte("outer/" + r.Group))
	return int(h.Sum32() % 5)
}

// nestedCV scores every comment by a shared model and a comment model
// fitted without its outer fold and prints F1 of the shared model alone
// and of the stack, per fold and pooled.
func nestedCV(rows []trainset.Row, cfg extract.CommentsConfig, cache string, innerOnly bool) error {
	type scored struct {
		y             bool
		shared, stack float64 // probabilities; 0.5 the cut-off
		fold          int
	}
	var all []scored
	var inner [2]float64
	grid := map[string]float64{}
	var keys []string
	for k := 0; k < 5; k++ {
		// In claimctl's order: debates, news, the other comments.
		var fit, test, other []trainset.Row
		for _, r := range rows {
			switch {
			case r.Genre != extract.GenreComments:
				fit = append(fit, r)
			case outerFold(r) == k:
				test = append(test, r)
			default:
				other = append(other, r)
			}
		}
		fit = append(fit, other...)
		tr := trainset.TrainRows(fit)
		testLg, oof, err := sharedLogits(tr, trainset.TrainRows(test), k, cache)
		if err != nil {
			return err
		}
		cf, err := extract.FitComments(tr, oof, cfg)
		if err != nil {
			return err
		}
		fmt.Printf("outer fold %d: chosen lambda %g, epochs %d, news %g, views %d, nb %g, bags %d; inner CV stacked %.3f, shared alone %.3f\n", k, cf.Lambda, cf.Epochs, cf.News, cf.Views, cf.NB, cf.Bags, cf.CVF1, cf.SharedF1)
		inner[0] += cf.CVF1 / 5
		for _, n := range cf.Notes {
			key, rest, _ := strings.Cut(n, ": stacked CV F1 ")
			v, _ := strconv.ParseFloat(strings.Fields(rest)[0], 64)
			if _, ok := grid[key]; !ok {
				keys = append(keys, key)
			}
			grid[key] += v / 5
		}
		inner[1] += cf.SharedF1 / 5
		if innerOnly {
			continue
		}
		for i, r := range test {
			all = append(all, scored{y: r.Worthy, shared: sigmoid(testLg[i].v[0] - testLg[i].cut), stack: cf.Score(r.Text, testLg[i].v), fold: k})
		}
	}
	for _, k := range keys {
		fmt.Printf("inner CV, mean of the outer folds, %s: stacked %.4f\n", k, grid[k])
	}
	fmt.Printf("inner CV, mean of the outer folds, each fold's choice: stacked %.4f, shared alone %.4f\n", inner[0], inner[1])
	if innerOnly {
		return nil
	}
	for _, which := range []string{"shared", "stack"} {
		var line []string
		var tp, fp, fn [6]int
		for _, s := range all {
			p := s.shared
			if which == "stack" {
				p = s.stack
			}
			for _, f := range []int{s.fold, 5} {
				switch {
				case p >= 0.5 && s.y:
					tp[f]++
				case p >= 0.5:
					fp[f]++
				case s.y:
					fn[f]++
				}
			}
		}
		for f := 0; f < 6; f++ {
			line = append(line, fmt.Sprintf("%.3f", 2*float64(tp[f])/float64(2*tp[f]+fp[f]+fn[f])))
		}
		p, r := float64(tp[5])/float64(tp[5]+fp[5]), float64(tp[5])/float64(tp[5]+fn[5])
		fmt.Printf("%s: nested F1 %s (P %.3f R %.3f); folds %s\n", which, line[5], p, r, strings.Join(line[:5], " "))
	}
	return nil
}

// sigmoid returns the logistic function of z.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// testView is the shared model's views of a test comment and the logit
// of its comment threshold.
type testView struct {
	v   extract.CommentShared
	cut float64
}

// sharedLogits returns, for outer fold k, the test comments' shared views
// by a model fitted as claimctl's nested CV fits it, and the inner
// out-of-fold views of the fitted rows; from cache when there.
func sharedLogits(fit, test []extract.TrainRow, k int, cache string) ([]testView, []extract.CommentShared, error) {
	path := ""
	if cache != "" {
		path = filepath.Join(cache, fmt.Sprintf("shared-%d.tsv", k))
		if t, o, err := readCache(path, len(test), len(fit)); err == nil {
			return t, o, nil
		}
	}
	fmt.Fprintf(os.Stderr, "fitcomments: outer fold %d: fitting the shared model …\n", k)
	f, err := extract.Fit(fit, extract.FitConfig{Lambdas: []float64{extract.ShippedLambda()}, Context: extract.ShippedContext()})
	if err != nil {
		return nil, nil, err
	}
	cut := math.Log(f.Thresholds[2][0] / (1 - f.Thresholds[2][0]))
	tv := make([]testView, len(test))
	for i, r := range test {
		tv[i] = testView{f.CommentViews(r), cut}
	}
	oof := extract.SharedCommentOOF(fit, extract.ShippedLambda(), extract.ShippedContext())
	if path != "" {
		if err := writeCache(path, tv, oof); err != nil {
			return nil, nil, err
		}
	}
	return tv, oof, nil
}

// ftoa formats v in the shortest form that reads back exactly.
func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// writeCache writes the test views (lines "t", the views and the cut) and
// the out-of-fold views (lines "o") to path, tab-separated.
func writeCache(path string, tv []testView, oof []extract.CommentShared) error {
	var b strings.Builder
	for _, t := range tv {
		b.WriteString("t")
		for _, x := range t.v {
			b.WriteString("\t" + ftoa(x))
		}
		b.WriteString("\t" + ftoa(t.cut) + "\n")
	}
	for _, v := range oof {
		b.WriteString("o")
		for _, x := range v {
			b.WriteString("\t" + ftoa(x))
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// readCache reads what writeCache wrote to path; it fails with "stale
// cache" when the counts are not nTest and nFit.
func readCache(path string, nTest, nFit int) ([]testView, []extract.CommentShared, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var tv []testView
	var oof []extract.CommentShared
	num := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		switch {
		case p[0] == "t" && len(p) == len(extract.CommentShared{})+2:
			var t testView
			for v := range t.v {
				t.v[v] = num(p[1+v])
			}
			t.cut = num(p[len(p)-1])
			tv = append(tv, t)
		case p[0] == "o" && len(p) == len(extract.CommentShared{})+1:
			var v extract.CommentShared
			for x := range v {
				v[x] = num(p[1+x])
			}
			oof = append(oof, v)
		}
	}
	if len(tv) != nTest || len(oof) != nFit {
		return nil, nil, fmt.Errorf("%s: stale cache", path)
	}
	return tv, oof, sc.Err()
}

// intList is a repeatable flag of integers.
type intList []int

// String returns the integers given so far.
func (l *intList) String() string { return fmt.Sprint(*l) }

// Set appends the integer s; it reports an error when s is not one.
func (l *intList) Set(s string) error {
	v, err := strconv.Atoi(s)
	*l = append(*l, v)
	return err
}

// gramList is a repeatable flag of n-gram ranges FROM-TO.
type gramList [][2]int

// String returns the ranges given so far.
func (l *gramList) String() string { return fmt.Sprint(*l) }

// Set appends the range s (FROM-TO, 1 ≤ FROM ≤ TO), or reports an error.
func (l *gramList) Set(s string) error {
	a, b, ok := strings.Cut(s, "-")
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || x < 1 || y < x {
		return fmt.Errorf("bad range %q (FROM-TO)", s)
	}
	*l = append(*l, [2]int{x, y})
	return nil
}
