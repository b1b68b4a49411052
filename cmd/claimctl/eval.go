package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"claimdesk/claims/extract"
	"claimdesk/importer"
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
	fold    int // outer fold, in a cross-validation
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
			"label 1 = check-worthy) as one whole-text unit (extract.Score). The rows of a\n"+
			"language are read as one collection: as comments when at least half of them\n"+
			"read like comments (--genre auto; a German comment is scored by the comment\n"+
			"model), else as news (the sentence model). Prints precision, recall and F1 of\n"+
			"the check-worthy class and a threshold sweep. Figures are given for the rows\n"+
			"held out from weight fitting (extract.HeldOut: about one in five, by id) and,\n"+
			"for comparison only, for all rows; at --threshold and at the threshold that\n"+
			"cross-validation on the fitting rows found best for the language\n"+
			"(extract.TunedThreshold). Needs no database.\n\n"+
			"For rows read by the comment model (German comments) it then cross-validates\n"+
			"the fitting of that model, K = 5 folds unless --cv says otherwise: every row\n"+
			"of the language is scored by a model fitted, as the shipped one was, on the rows\n"+
			"of the other K-1 folds (fold = id hash mod K; for K = 5 fold 0 is the held-out\n"+
			"part), whose L2 strength and threshold come from its own inner cross-validation.")
	eo := addExtractFlags(fs)
	rowsFlag := fs.String("rows", "heldout", "rows for the sweep: heldout or all")
	cv := fs.Int("cv", 5, "folds of the nested cross-validation of the comment model over all rows (0: none)")
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
	rows, genres, err := readLabelled(pos[0], opts)
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
	for _, lang := range []string{"de", "en"} {
		if g, ok := genres[lang]; ok {
			model := "sentence model"
			if g == extract.GenreComments && extract.HasCommentModel(lang) {
				model = "comment model"
			}
			fmt.Fprintf(w, "%s rows read as %s (--genre %s): %s\n", lang, g, strings.ToLower(opts.Genre), model)
		}
	}
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
		explicit := false
		fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "cv" })
		return crossValidate(ctx, e, rows, genres, *cv, explicit)
	}
	return nil
}

// readLabelled reads and scores a labelled TSV file. Each language's rows
// are read as one collection: with --genre auto, as comments when at least
// half of them read like comments (extract.Genre), as news otherwise.
func readLabelled(path string, opts extract.Options) ([]evalRow, map[string]string, error) {
	f, _, err := importer.OpenRegular(path) // never a FIFO or a device
	if err != nil {
		return nil, nil, &exitError{code: 1, msg: errorText(err)}
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.FieldsPerRecord = 4
	head, err := r.Read()
	if err != nil {
		return nil, nil, usagef("%s: %s", path, oneLine(err.Error()))
	}
	if strings.Join(head, ",") != "id,lang,text,label" {
		return nil, nil, usagef("%s: the header must be id, lang, text, label (tab-separated)", path)
	}
	var rows []evalRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, usagef("%s: %s", path, oneLine(err.Error()))
		}
		if rec[3] != "0" && rec[3] != "1" {
			return nil, nil, usagef("%s: row %s: label %q is neither 0 nor 1", path, rec[0], rec[3])
		}
		lang := strings.ToLower(rec[1])
		if opts.Lang == "de" || opts.Lang == "en" {
			lang = opts.Lang
		} else if lang != "de" && lang != "en" {
			lang = extract.DetectLanguage(rec[2])
		}
		rows = append(rows, evalRow{id: rec[0], text: rec[2], lang: lang, heldOut: extract.HeldOut(rec[0]), label: rec[3] == "1"})
	}
	if len(rows) == 0 {
		return nil, nil, usagef("%s: no labelled rows", path)
	}
	genres := map[string]string{}
	if opts.Genre == extract.GenreNews || opts.Genre == extract.GenreComments {
		for _, r := range rows {
			genres[r.lang] = opts.Genre
		}
	} else {
		like, total := map[string]int{}, map[string]int{}
		for _, r := range rows {
			total[r.lang]++
			if extract.CommentLike(r.text, r.lang) {
				like[r.lang]++
			}
		}
		for lang, n := range total {
			genres[lang] = extract.Genre(like[lang], n)
		}
	}
	for i := range rows {
		o := opts
		o.Lang, o.Genre = rows[i].lang, genres[rows[i].lang]
		rows[i].score = extract.Score(rows[i].text, o).Score
	}
	return rows, genres, nil
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
