package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"claimdesk/claims/extract"
)

func init() {
	register(&command{name: "eval", summary: "measure claim extraction on labelled units (id, lang, text, label TSV)", run: runEval})
}

// evalRow is one labelled unit and the extractor's score for it.
type evalRow struct {
	id      string
	text    string
	lang    string
	heldOut bool
	label   bool
	score   float64
}

// counts is a confusion matrix of the check-worthy class.
type counts struct{ tp, fp, fn, tn int }

func (c counts) prf() (p, r, f1 float64) {
	if c.tp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
		r = float64(c.tp) / float64(c.tp+c.fn)
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// confusion counts the rows kept at threshold th (a negative th: each
// row's language's tuned threshold).
func confusion(rows []evalRow, th float64, keep func(evalRow) bool) counts {
	var c counts
	for _, r := range rows {
		if !keep(r) {
			continue
		}
		t := th
		if t < 0 {
			t = extract.TunedThreshold(r.lang)
		}
		pred := r.score >= t
		switch {
		case pred && r.label:
			c.tp++
		case pred:
			c.fp++
		case r.label:
			c.fn++
		default:
			c.tn++
		}
	}
	return c
}

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "FILE.tsv",
		"Scores every row of a labelled file (tab-separated, header id, lang, text, label;\n"+
			"label 1 = check-worthy) as one whole-text unit (extract.Score: a German row by the\n"+
			"comment model, which reads the features, length and words of the whole text)\n"+
			"and prints precision, recall and F1 of the check-worthy class and a threshold\n"+
			"sweep. Figures are given for the rows held out from weight fitting\n"+
			"(extract.HeldOut: about one in five, by id) and, for comparison only, for all\n"+
			"rows; at --threshold and at the threshold that cross-validation on the fitting\n"+
			"rows found best for the language (extract.TunedThreshold). Needs no database.\n\n"+
			"--cv K also cross-validates the fitting of the comment model (German): every row\n"+
			"of the language is scored by a model fitted, as the shipped one was, on the rows\n"+
			"of the other K-1 folds (fold = id hash mod K; for K = 5 fold 0 is the held-out\n"+
			"part), whose L2 strength and threshold come from its own inner cross-validation.")
	eo := addExtractFlags(fs)
	rowsFlag := fs.String("rows", "heldout", "rows for the sweep: heldout or all")
	cv := fs.Int("cv", 0, "also run a nested `K`-fold cross-validation of the comment model over all rows (0: no)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := eo.options()
	if err != nil {
		return err
	}
	if *rowsFlag != "heldout" && *rowsFlag != "all" {
		return usagef("unknown --rows %q; use heldout or all", *rowsFlag)
	}
	if len(pos) != 1 {
		return usagef("name one labelled .tsv file")
	}
	if *cv == 1 || *cv < 0 {
		return usagef("--cv %d: use 0 (no cross-validation) or at least 2 folds", *cv)
	}
	rows, err := readLabelled(pos[0], opts)
	if err != nil {
		return err
	}
	held := func(r evalRow) bool { return r.heldOut }
	all := func(evalRow) bool { return true }
	nHeld := 0
	for _, r := range rows {
		if r.heldOut {
			nHeld++
		}
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d rows, %d held out from fitting\n", pos[0], len(rows), nHeld)
	tuned := tunedLabel(rows)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ROWS\tTHRESHOLD\tN\tPRECISION\tRECALL\tF1\tTP\tFP\tFN\tTN")
	for _, s := range []struct {
		name string
		keep func(evalRow) bool
	}{{"held-out", held}, {"all (includes fitted rows)", all}} {
		for _, th := range []float64{opts.Threshold, -1} {
			label := fmt.Sprintf("%.2f", th)
			if th < 0 {
				label = tuned
			}
			c := confusion(rows, th, s.keep)
			p, r, f1 := c.prf()
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", s.name, label, c.tp+c.fp+c.fn+c.tn, p, r, f1, c.tp, c.fp, c.fn, c.tn)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	keep := held
	if *rowsFlag == "all" {
		keep = all
	}
	fmt.Fprintf(w, "\nThreshold sweep (%s rows):\n", *rowsFlag)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "THRESHOLD\tPRECISION\tRECALL\tF1\tFLAGGED")
	for i := 1; i <= 19; i++ {
		th := float64(i) / 20
		c := confusion(rows, th, keep)
		p, r, f1 := c.prf()
		fmt.Fprintf(tw, "%.2f\t%.3f\t%.3f\t%.3f\t%d\n", th, p, r, f1, c.tp+c.fp)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if *cv > 0 {
		return crossValidate(ctx, e, rows, *cv)
	}
	return nil
}

// readLabelled reads and scores a labelled TSV file.
func readLabelled(path string, opts extract.Options) ([]evalRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &exitError{code: 1, msg: oneLine(err.Error())}
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.FieldsPerRecord = 4
	head, err := r.Read()
	if err != nil {
		return nil, usagef("%s: %s", path, oneLine(err.Error()))
	}
	if strings.Join(head, ",") != "id,lang,text,label" {
		return nil, usagef("%s: the header must be id, lang, text, label (tab-separated)", path)
	}
	var rows []evalRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, usagef("%s: %s", path, oneLine(err.Error()))
		}
		if rec[3] != "0" && rec[3] != "1" {
			return nil, usagef("%s: row %s: label %q is neither 0 nor 1", path, rec[0], rec[3])
		}
		o := opts
		if l := strings.ToLower(rec[1]); l == "de" || l == "en" {
			o.Lang = l
		}
		u := extract.Score(rec[2], o)
		rows = append(rows, evalRow{id: rec[0], text: rec[2], lang: u.Lang, heldOut: extract.HeldOut(rec[0]), label: rec[3] == "1", score: u.Score})
	}
	if len(rows) == 0 {
		return nil, usagef("%s: no labelled rows", path)
	}
	return rows, nil
}

// tunedLabel describes the tuned thresholds of the languages in rows.
func tunedLabel(rows []evalRow) string {
	seen := map[string]bool{}
	var parts []string
	for _, r := range rows {
		if !seen[r.lang] {
			seen[r.lang] = true
			parts = append(parts, fmt.Sprintf("%.3f (tuned, %s)", extract.TunedThreshold(r.lang), r.lang))
		}
	}
	return strings.Join(parts, ", ")
}
