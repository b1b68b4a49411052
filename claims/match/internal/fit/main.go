// Command fit learns the re-ranking model of package match from the
// claim-matching benchmark and writes it as weights.json:
//
//	go run ./claims/match/internal/fit -data ../shared/eval/matching -out claims/match
//
// It fits a logistic model on the train split of every benchmark directory
// (pairs of a query and one of its BM25 candidates, labelled by the qrels),
// chooses the number of candidates, the L2 penalty and the loss by MAP@5
// (the mean of five-fold cross-validation on train and of dev, over the
// benchmarks), and sets the two match levels on dev. Everything is
// deterministic: the same data gives the same file, byte for byte.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"claimdesk/claims/match"
)

// The BM25 parameters tried on dev (BM25 alone, before any re-ranking).
var (
	k1Choices = []float64{0.8, 1.2, 1.6}
	bChoices  = []float64{0.5, 0.75, 0.9}
)

// speedTolerance is how much mean MAP@5 (of train-CV and dev) a faster
// model may lose to the best and still be chosen (hand-set: below the
// spread between the L2 values tried for one prefilter, 0.001–0.004).
const speedTolerance = 0.002

// choice is a model tried, with the candidates its prefilter keeps (0:
// all) and its mean MAP@5 of train-CV and dev.
type choice struct {
	m     *match.Model
	keep  int
	score float64
}

// choose returns, among the models within speedTolerance of the best
// score, the one that analyses the fewest candidates, then the best.
func choose(tried []choice) *match.Model {
	top := -1.0
	for _, c := range tried {
		top = math.Max(top, c.score)
	}
	var best *choice
	cost := func(c *choice) int {
		if c.keep == 0 {
			return c.m.Candidates
		}
		return c.keep
	}
	for i := range tried {
		c := &tried[i]
		if c.score < top-speedTolerance-1e-9 {
			continue
		}
		if best == nil || cost(c) < cost(best) || (cost(c) == cost(best) && c.score > best.score+1e-9) {
			best = c
		}
	}
	return best.m
}

// The choices tried. An earlier run of this command also tried 30 and 50
// candidates and L2 10: each lost to 100 candidates and L2 0.1 or 1 on
// train cross-validation and on dev (mean MAP@5 0.670, 0.676, 0.685 for
// 30, 50, 100 candidates at L2 0.1).
var (
	candidateChoices = []int{100}
	keepChoices      = []int{0, 20, 30, 50} // candidates the prefilter keeps; 0: no prefilter
	l2Choices        = []float64{0.1, 1}
)

// Precision targets of the two levels, on dev top-1 matches.
const (
	possiblyPrecision   = 0.5
	veryLikelyPrecision = 0.9
)

// main reads the flags and runs the fit (or, with -levels, relevel) on the
// benchmark in -data, writing into -out.
func main() {
	data := flag.String("data", "", "the directory of the matching benchmark (holding clef2021-task2a-en, …)")
	out := flag.String("out", "", "the directory to write weights.json into")
	levels := flag.Bool("levels", false, "only set the two levels of the weights.json in -out again, on dev")
	listwise := flag.Bool("listwise", false, "also try the listwise loss (it lost to the pointwise loss by 0.06 mean MAP@5 when last tried)")
	flag.Parse()
	if *data == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: fit -data DIR -out DIR")
		os.Exit(2)
	}
	run := run
	if *levels {
		run = func(data, out string, _ bool) error { return relevel(data, out) }
	}
	if err := run(*data, *out, *listwise); err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
}

// set is one split of one benchmark: for each query its candidates'
// features and labels, best BM25 first.
type set struct {
	name    string
	queries []query
}

// query is one query of a set: its candidates' features and labels, and
// the number of its relevant documents in the qrels.
type query struct {
	feats  [][]float64
	labels []bool
	nrel   int
}

// run fits the model on every benchmark under data, chooses its settings by
// cross-validation and dev, sets the levels and writes weights.json into
// out; listwise also tries the listwise loss.
func run(data, out string, listwise bool) error {
	dirs, err := filepath.Glob(filepath.Join(data, "*", "claims.tsv"))
	if err != nil || len(dirs) == 0 {
		return fmt.Errorf("no */claims.tsv under %s", data)
	}
	sort.Strings(dirs)
	k1, b, err := chooseBM25(dirs)
	if err != nil {
		return err
	}
	kmax := candidateChoices[len(candidateChoices)-1]
	var train, dev []*set
	var names []string
	for _, p := range dirs {
		dir := filepath.Dir(p)
		tr, dv, err := loadBenchmark(dir, kmax, k1, b)
		if err != nil {
			return err
		}
		train, dev = append(train, tr), append(dev, dv)
		names = append(names, filepath.Base(dir))
	}
	losses := []fitter{fitModel}
	if listwise {
		losses = append(losses, func(tr []*set, k int, l2 float64) *match.Model {
			return fitListwise(tr, k, l2, fitModel(tr, k, l2))
		})
	}
	var tried []choice
	for _, k := range candidateChoices {
		for _, keep := range keepChoices {
			if keep >= k {
				continue
			}
			for _, l2 := range l2Choices {
				for _, loss := range losses {
					fit := withPrefilter(loss, keep)
					m := fit(train, k, l2)
					cv := crossValidate(train, k, l2, fit)
					dv := measure(m, dev, k)
					score := (mean(cv.MAP5) + mean(dv.MAP5)) / 2
					fmt.Fprintf(os.Stderr, "candidates=%d keep=%d l2=%g %s: train-CV %s; dev %s; mean MAP@5 of both %.4f\n",
						k, keep, l2, m.Trained, figures(names, cv), figures(names, dv), score)
					tried = append(tried, choice{m, keep, score})
				}
			}
		}
	}
	best := choose(tried)
	for i, d := range dev {
		fmt.Fprintf(os.Stderr, "%s: BM25 MAP@5=%.4f re-ranked MAP@5=%.4f (train re-ranked %.4f)\n",
			d.name, bm25MAP(d), mapAt5(best, d, best.Candidates), mapAt5(best, train[i], best.Candidates))
	}
	best.K1, best.B = k1, b
	best = roundModel(best)
	setLevels(best, dev)
	best.Trained = best.Trained + " loss; " + "fit on the train splits of " + strings.Join(names, ", ") +
		"; BM25 parameters, candidates, L2 and loss chosen by train cross-validation and dev, levels on dev"
	js, err := json.MarshalIndent(best, "", "  ")
	if err != nil {
		return err
	}
	keep := 0
	if best.Prefilter != nil {
		keep = best.Prefilter.Keep
	}
	fmt.Fprintf(os.Stderr, "chosen: bm25 k1=%g b=%g, candidates=%d keep=%d l2=%g possibly=%g very_likely=%g\n",
		best.K1, best.B, best.Candidates, keep, best.L2, best.Possibly, best.VeryLikely)
	return os.WriteFile(filepath.Join(out, "weights.json"), append(js, '\n'), 0o644)
}

// loadBenchmark builds the train and dev sets of one benchmark directory.
func loadBenchmark(dir string, k int, k1, b float64) (*set, *set, error) {
	sets, err := loadSplits(dir, k, k1, b, "train", "dev")
	if err != nil {
		return nil, nil, err
	}
	return sets[0], sets[1], nil
}

// loadSplits builds the sets of the named splits of one benchmark
// directory: every query's first k BM25 candidates with their features.
func loadSplits(dir string, k int, k1, b float64, splits ...string) ([]*set, error) {
	col, err := match.ReadCollection(filepath.Join(dir, "claims.tsv"))
	if err != nil {
		return nil, err
	}
	m := match.NewMatcherBM25(col.Docs, nil, k1, b)
	var sets []*set
	for _, split := range splits {
		qs, err := match.ReadQueries(filepath.Join(dir, split, "queries.tsv"))
		if err != nil {
			return nil, err
		}
		qrels, err := match.ReadQrels(filepath.Join(dir, split, "qrels.tsv"))
		if err != nil {
			return nil, err
		}
		s := &set{name: filepath.Base(dir) + "/" + split}
		for j, qid := range qs.IDs {
			rel := qrels[qid]
			if len(rel) == 0 {
				continue
			}
			hits, fs := m.CandidateFeatures(qs.Queries[j], k)
			q := query{feats: fs, nrel: len(rel)}
			for _, h := range hits {
				q.labels = append(q.labels, rel[col.IDs[h.Doc]])
			}
			s.queries = append(s.queries, q)
		}
		sets = append(sets, s)
	}
	return sets, nil
}

// roundModel rounds every number to 6 significant digits, so that the file
// does not carry the last bits of floating-point arithmetic.
func roundModel(m *match.Model) *match.Model {
	r := func(v float64) float64 {
		if v == 0 {
			return 0
		}
		s := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
		return math.Round(v*s) / s
	}
	c := *m
	for _, l := range []*[]float64{&c.Mean, &c.Std, &c.Weights} {
		v := make([]float64, len(*l))
		for i, x := range *l {
			v[i] = r(x)
		}
		*l = v
	}
	c.Bias = r(c.Bias)
	if m.Prefilter != nil {
		p := *m.Prefilter
		for _, l := range []*[]float64{&p.Mean, &p.Std, &p.Weights} {
			v := make([]float64, len(*l))
			for i, x := range *l {
				v[i] = r(x)
			}
			*l = v
		}
		p.Bias = r(p.Bias)
		c.Prefilter = &p
	}
	return &c
}

// chooseBM25 returns the BM25 parameters with the best MAP@5 of BM25 alone
// (the mean of train and dev over the benchmarks; nothing is fit, so train
// is as unseen as dev here).
func chooseBM25(dirs []string) (k1, b float64, err error) {
	type split struct {
		qs    *match.Queries
		qrels map[string]map[string]bool
	}
	type bench struct {
		col    *match.Collection
		splits [2]split // train, dev
	}
	var bs []bench
	for _, p := range dirs {
		dir := filepath.Dir(p)
		var x bench
		if x.col, err = match.ReadCollection(p); err != nil {
			return 0, 0, err
		}
		for i, name := range []string{"train", "dev"} {
			sp := &x.splits[i]
			if sp.qs, err = match.ReadQueries(filepath.Join(dir, name, "queries.tsv")); err != nil {
				return 0, 0, err
			}
			if sp.qrels, err = match.ReadQrels(filepath.Join(dir, name, "qrels.tsv")); err != nil {
				return 0, 0, err
			}
		}
		bs = append(bs, x)
	}
	best := -1.0
	for _, kk := range k1Choices {
		for _, bb := range bChoices {
			var got [2]float64
			for _, x := range bs {
				m := match.NewMatcherBM25(x.col.Docs, nil, kk, bb)
				for i, sp := range x.splits {
					got[i] += match.Evaluate(m, x.col, sp.qs, sp.qrels).MAP5 / float64(len(bs))
				}
			}
			score := (got[0] + got[1]) / 2
			fmt.Fprintf(os.Stderr, "bm25 k1=%g b=%g: MAP@5 of BM25 alone (mean over benchmarks) train %.4f, dev %.4f\n",
				kk, bb, got[0], got[1])
			if score > best+1e-9 {
				k1, b, best = kk, bb, score
			}
		}
	}
	return k1, b, nil
}

// figures formats per-benchmark scores as
// "task2a-en MAP@5 0.1234 MRR 0.1234 R@20 0.1234, …".
func figures(names []string, sc scores) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s MAP@5 %.4f MRR %.4f R@20 %.4f", strings.TrimPrefix(n, "clef2021-"),
			sc.MAP5[i], sc.MRR[i], sc.Recall20[i])
	}
	return strings.Join(parts, ", ")
}

// relevel sets the levels of the model in out/weights.json again on the dev
// splits, as run does after choosing the model: the same model gives the
// same file.
func relevel(data, out string) error {
	path := filepath.Join(out, "weights.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m, err := match.ParseModel(b)
	if err != nil {
		return err
	}
	dirs, err := filepath.Glob(filepath.Join(data, "*", "claims.tsv"))
	if err != nil || len(dirs) == 0 {
		return fmt.Errorf("no */claims.tsv under %s", data)
	}
	sort.Strings(dirs)
	var dev []*set
	for _, p := range dirs {
		sets, err := loadSplits(filepath.Dir(p), m.Candidates, m.K1, m.B, "dev")
		if err != nil {
			return err
		}
		dev = append(dev, sets[0])
	}
	setLevels(m, dev)
	fmt.Fprintf(os.Stderr, "levels: possibly=%g very_likely=%g\n", m.Possibly, m.VeryLikely)
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(js, '\n'), 0o644)
}
