// Command fit fits the weights of the claim extractor's scoring model from
// labelled check-worthiness data and writes them as Go source.
//
// Usage (from the repository root):
//
//	go run ./claims/extract/internal/fit [-out claims/extract/weights.go] FILE.tsv...
//	go run ./claims/extract/internal/fit -unit [-out claims/extract] FILE.tsv...
//
// The first fits the sentence model, the second the comment model
// (extract.FitComments) of the languages in -unit-langs, whose labelled
// units are comments of several sentences, and writes it to
// OUT/comment_LANG.tsv (see fitUnits in unit.go).
//
// Each FILE is tab-separated with the header id, lang, text, label (label 1
// = check-worthy). Rows for which extract.HeldOut(id) is true are never used
// (claimctl eval reports its figures on them), unless -cv-all asks for a
// cross-validation over every row, which then writes nothing.
//
// The model is a logistic regression per language whose weights are tied
// across languages: each language's weight is a shared weight plus a
// language-specific offset with a stronger L2 penalty (-share). The labelled
// sets are debate sentences and social-media comments, the product reads
// news; features whose weight both sets agree on are the ones most likely to
// carry over, and tying the weights keeps one genre from deciding alone.
// Weights keep the sign of their feature (extract.FeatureSigns), so a reason
// always reads the way it is named, and a few stay inside product bounds
// (see bounds). The L2 strength is picked by k-fold cross-validation (folds
// by extract.Fold) and the cross-validated figures are printed.
//
// A bias mostly mirrors the base rate of its labelled set (a quarter of the
// debate sentences, a third of the comments), not of news. By default every
// language gets the bias fitted on English sentences (-bias-from en), and the
// threshold at which each set's cross-validated F1 was best, moved by the
// same shift so that the set's figures do not change, is recorded for
// extract.TunedThreshold; news are judged at extract.DefaultThreshold.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"claimdesk/claims/extract"
)

type row struct {
	id   string
	lang int // index into langs
	x    []float64
	y    float64
	w    float64 // sample weight: each language counts the same in total
}

func main() {
	out := flag.String("out", "", "write the weights as Go source to this file (default: only print the report)")
	k := flag.Int("k", 5, "number of cross-validation folds")
	share := flag.Float64("share", 1000, "L2 penalty of a language's offset from the shared weights, as a multiple of the shared one")
	biasFrom := flag.String("bias-from", "en", "give every language the bias fitted for this one (its labelled units are sentences, as in news); \"\" keeps each language's own")
	calibrate := flag.Bool("calibrate", false, "shift each bias so that the CV-best threshold becomes extract.DefaultThreshold")
	cvAll := flag.Bool("cv-all", false, "cross-validate on every row, held-out ones included; writes nothing")
	unit := flag.Bool("unit", false, "fit the comment model (extract.FitComments) instead of the sentence model; -out names a directory")
	unitLangs := flag.String("unit-langs", "de", "comma-separated languages whose labelled units are whole texts (comments) to fit the comment model for")
	flag.Parse()
	if *unit && flag.NArg() > 0 && !(*cvAll && *out != "") {
		if err := fitUnits(flag.Args(), strings.Split(*unitLangs, ","), *k, *cvAll, *out); err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() == 0 || *cvAll && *out != "" {
		fmt.Fprintln(os.Stderr, "usage: fit [-out weights.go | -cv-all] [-k 5] [-share 10] FILE.tsv...")
		os.Exit(2)
	}
	var rows []row
	var langs []string
	held := map[string]int{}
	for _, path := range flag.Args() {
		var err error
		if rows, langs, err = readTSV(path, rows, langs, held, *cvAll); err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
	}
	count := make([]int, len(langs))
	for _, r := range rows {
		count[r.lang]++
	}
	for i := range rows {
		rows[i].w = float64(len(rows)) / float64(len(langs)*count[rows[i].lang])
	}
	f := fitter{nl: len(langs), share: *share}
	var best []result
	bestMean := -1.0
	for _, lambda := range []float64{0.0003, 0.001, 0.003} {
		f.lambda = lambda
		res := f.crossValidate(rows, *k)
		mean := 0.0
		for l, r := range res {
			fmt.Printf("lambda=%-6g %s cv: P=%.3f R=%.3f F1=%.3f at t=%.2f\n", lambda, langs[l], r.p, r.r, r.f1, r.t)
			mean += r.f1 / float64(len(res))
		}
		if mean > bestMean {
			best, bestMean = res, mean
		}
	}
	f.lambda = best[0].lambda
	var notes []string
	for l, lang := range langs {
		note := fmt.Sprintf("%s: %d rows (%d held out), %d-fold CV: P=%.3f R=%.3f F1=%.3f at threshold %.2f; lambda %g, share %g",
			lang, count[l], held[lang], *k, best[l].p, best[l].r, best[l].f1, best[l].t, f.lambda, f.share)
		if *cvAll {
			note = strings.Replace(note, "held out", "held out, included", 1)
		}
		fmt.Println(note)
		notes = append(notes, note)
	}
	if *cvAll {
		return
	}
	p := f.train(rows)
	fitted := map[string]extract.Weights{}
	tuned := map[string]float64{}
	names := extract.FeatureNames()
	ref := -1
	for l, lang := range langs {
		if lang == *biasFrom {
			ref = l
		}
	}
	for l, lang := range langs {
		w := f.effective(p, l)
		b := p.bias[l]
		t := best[l].t
		if *calibrate {
			b -= logit(t) - logit(extract.DefaultThreshold)
			t = extract.DefaultThreshold
		} else if ref >= 0 {
			// Same scores up to a shift of the logit: move the tuned
			// threshold with it, so the labelled set's figures stay.
			t = 1 / (1 + math.Exp(-(logit(t) + p.bias[ref] - b)))
			b = p.bias[ref]
		}
		tuned[lang] = math.Round(t*1000) / 1000
		ws := extract.Weights{Bias: round(b), Weights: map[string]float64{}}
		fmt.Printf("%s weights:\n", lang)
		for i, name := range names {
			if v := round(w[i]); v != 0 {
				ws.Weights[name] = v
			}
			fmt.Printf("  %-20s %+.3f\n", name, w[i])
		}
		fmt.Printf("  %-20s %+.3f\n", "(bias)", b)
		fitted[lang] = ws
	}
	if *out != "" {
		if err := writeGo(*out, fitted, tuned, notes); err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
	}
}

func readTSV(path string, rows []row, langs []string, held map[string]int, all bool) ([]row, []string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	r.Comma = '\t'
	r.FieldsPerRecord = 4
	head, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if strings.Join(head, ",") != "id,lang,text,label" {
		return nil, nil, fmt.Errorf("%s: header is %q, want id lang text label", path, head)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, langs, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if extract.HeldOut(rec[0]) {
			held[rec[1]]++
			if !all {
				continue
			}
		}
		l := -1
		for i, v := range langs {
			if v == rec[1] {
				l = i
			}
		}
		if l < 0 {
			langs = append(langs, rec[1])
			l = len(langs) - 1
		}
		y := 0.0
		if rec[3] == "1" {
			y = 1
		}
		rows = append(rows, row{id: rec[0], lang: l, x: extract.FeatureVector(rec[2], rec[1]), y: y})
	}
}

// bounds are product decisions the data may not overrule: what the labelled
// debate sentences and comments teach about opinions, speculation and
// length does not carry over to news (a news sentence is long because news
// sentences are, and nearly every one names someone), and numbers, events,
// dates, comparisons and official acts are what checkers check (Full Fact's
// typology). These weights are held inside [lo, hi].
var bounds = map[string][2]float64{
	"number":              {1, math.Inf(1)},
	"event verb":          {1, math.Inf(1)},
	"date":                {0.5, math.Inf(1)},
	"comparison":          {0.5, math.Inf(1)},
	"legal/official":      {0.5, math.Inf(1)},
	"opinion marker":      {math.Inf(-1), -2},
	"speculation":         {math.Inf(-1), -1.5},
	"future/intention":    {math.Inf(-1), -0.7},
	"evaluative word":     {math.Inf(-1), -0.5},
	"question":            {math.Inf(-1), -1.5},
	"no checkable detail": {math.Inf(-1), -2},
	"length":              {0, 1},
	"long text":           {-1, 1},
	"attribution":         {0, 0.4},
	"quotation":           {-1, 0.3},
	"entity":              {0, 0.8},
}

// limits returns per feature the interval its weight must stay in: the sign
// of extract.FeatureSigns, narrowed by bounds.
func limits() (lo, hi []float64) {
	names := extract.FeatureNames()
	lo, hi = make([]float64, len(names)), make([]float64, len(names))
	for i, s := range extract.FeatureSigns() {
		lo[i], hi[i] = math.Inf(-1), math.Inf(1)
		if s > 0 {
			lo[i] = 0
		} else if s < 0 {
			hi[i] = 0
		}
		if b, ok := bounds[names[i]]; ok {
			lo[i], hi[i] = math.Max(lo[i], b[0]), math.Min(hi[i], b[1])
		}
	}
	return lo, hi
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

func writeGo(path string, fitted map[string]extract.Weights, tuned map[string]float64, notes []string) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by claims/extract/internal/fit; DO NOT EDIT.\n\npackage extract\n\n")
	b.WriteString("// fittedWeights are the per-language weights, fitted on the rows of the\n// labelled sets that HeldOut leaves in:\n//\n")
	for _, n := range notes {
		b.WriteString("//   - " + n + "\n")
	}
	b.WriteString("var fittedWeights = map[string]Weights{\n")
	langs := make([]string, 0, len(fitted))
	for l := range fitted {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		ws := fitted[l]
		fmt.Fprintf(&b, "\t%q: {Bias: %g, Weights: map[string]float64{\n", l, ws.Bias)
		for _, name := range extract.FeatureNames() {
			if v, ok := ws.Weights[name]; ok {
				fmt.Fprintf(&b, "\t\t%q: %g,\n", name, v)
			}
		}
		b.WriteString("\t}},\n")
	}
	b.WriteString("}\n\n")
	b.WriteString("// tunedThresholds are, per language, the thresholds at which the\n// cross-validated F1 on the labelled sets was best.\n")
	b.WriteString("var tunedThresholds = map[string]float64{\n")
	for _, l := range langs {
		fmt.Fprintf(&b, "\t%q: %g,\n", l, tuned[l])
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}
