package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
	"claimdesk/importer"
)

// init registers eval.
func init() {
	register(&command{name: "eval", summary: "measure claim extraction on labelled units (id, lang, text, label TSV) or on all data the model never fitted (--report)", run: runEval})
}

// evalRow is one labelled unit and a score for it.
type evalRow struct {
	lang  string
	label bool
	score float64
}

// counts is a confusion matrix of the check-worthy class.
type counts struct{ tp, fp, fn, tn int }

// n returns the number of rows counted.
func (c counts) n() int { return c.tp + c.fp + c.fn + c.tn }

// prf returns the precision, recall and F1 of the check-worthy class (all
// 0 when no row is a true positive).
func (c counts) prf() (p, r, f1 float64) {
	if c.tp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
		r = float64(c.tp) / float64(c.tp+c.fn)
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// macroF1 is the mean of the F1 of the check-worthy class and of the other.
func (c counts) macroF1() float64 {
	_, _, f1 := c.prf()
	neg := counts{tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp}
	_, _, f0 := neg.prf()
	return (f1 + f0) / 2
}

// confusion counts the rows of language lang ("" for all) at threshold th.
func confusion(rows []evalRow, th float64, lang string) counts {
	var c counts
	for _, r := range rows {
		if lang != "" && r.lang != lang {
			continue
		}
		pred := r.score >= th
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

// runEval runs "eval": it measures claim extraction on a labelled file, or
// with --report on all data the model never fitted.
func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "FILE.tsv | --report",
		"With FILE.tsv (tab-separated, header id, lang, text, label; label 1 = check-worthy):\n"+
			"scores every row as one whole-text unit (extract.Score) with the shipped model, read\n"+
			"as --genre (auto: comments when at least half of a language's rows read like\n"+
			"comments, else news), and prints precision, recall, F1, macro-F1 and a threshold\n"+
			"sweep. Whether the model saw those rows is for you to know: it was fitted on\n"+
			"en_ct24_train.tsv, de_germeval21_factclaiming_train.tsv and the news labels of\n"+
			"training articles (a note says so for those files).\n\n"+
			"With --report: every figure on data the model never fitted — news development\n"+
			"articles (per language, scored in their article), CheckThat! 2024 dev, GermEval\n"+
			"by grouped cross-validation (models refitted without the scored fold), train on\n"+
			"debates and test on news and the reverse — and the claimant on news development\n"+
			"sentences. Reads --shared and --labels. Needs no database. --germeval-only prints\n"+
			"the GermEval cross-validation alone (training rows only), to compare designs\n"+
			"without looking at a development figure.")
	eo := addExtractFlags(fs)
	report := fs.Bool("report", false, "measure on all data the model never fitted (see above) instead of one file")
	shared := fs.String("shared", "../shared", "with --report: the shared data directory (eval/ and corpora/)")
	labels := fs.String("labels", "data/newslabels", "with --report: directory of the news sentence labels")
	corpora := fs.String("corpora", "", "with --report: corpora directory (default: SHARED/corpora)")
	folds := fs.Int("folds", 5, "with --report: folds of the grouped GermEval cross-validation (0: skip it)")
	germOnly := fs.Bool("germeval-only", false, "with --report: only the GermEval cross-validation (training rows; no development figure is printed)")
	unseen := fs.String("unseen", "", "measure on every article of this directory of news labels (de.tsv, en.tsv, round*/), e.g. a new round before any fit reads it; reads --shared")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := eo.options()
	if err != nil {
		return err
	}
	if *corpora == "" {
		*corpora = filepath.Join(*shared, "corpora")
	}
	if *germOnly && !*report {
		return usagef("--germeval-only goes with --report")
	}
	if *unseen != "" {
		if len(pos) != 0 || *report {
			return usagef("--unseen takes no file and no --report")
		}
		return evalUnseen(e, *unseen, *corpora, opts.Threshold)
	}
	if *report {
		if len(pos) != 0 {
			return usagef("--report takes no file")
		}
		if *folds == 1 || *folds < 0 || *germOnly && *folds == 0 {
			return usagef("--folds %d: use 0 (skip) or at least 2 (--germeval-only: at least 2)", *folds)
		}
		return evalReport(ctx, e, reportConfig{shared: *shared, labels: *labels, corpora: *corpora, folds: *folds, threshold: opts.Threshold, germEvalOnly: *germOnly})
	}
	if len(pos) != 1 {
		return usagef("name one labelled .tsv file, or use --report")
	}
	return evalFile(e.stdout, pos[0], opts)
}

// evalFile scores one labelled file with the shipped model.
func evalFile(w io.Writer, path string, opts extract.Options) error {
	if _, err := os.Stat(path); err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}
	f, _, err := importer.OpenRegular(path) // never a FIFO or a device
	if err != nil {
		return err
	}
	f.Close()
	units, err := trainset.ReadUnits(path, "")
	if err != nil {
		return usagef("%s", oneLine(err.Error()))
	}
	if len(units) == 0 {
		return usagef("%s: no labelled rows", path)
	}
	genres := readAs(units, opts)
	rows := make([]evalRow, len(units))
	for i, u := range units {
		lang := u.Lang
		if opts.Lang == "de" || opts.Lang == "en" {
			lang = opts.Lang
		}
		o := opts
		o.Lang, o.Genre = lang, genres[u.Lang]
		rows[i] = evalRow{lang: lang, label: u.Worthy, score: extract.Score(u.Text, o).Score}
	}
	fmt.Fprintf(w, "%s: %d rows\n", path, len(rows))
	for _, lang := range []string{"de", "en"} {
		if g, ok := genres[lang]; ok {
			fmt.Fprintf(w, "%s rows read as %s (--genre %s)\n", lang, g, opts.Genre)
		}
	}
	if trainset.Fitted(filepath.Base(path)) {
		fmt.Fprintf(w, "note: the shipped model was fitted on %s: these are training figures, not held out\n", filepath.Base(path))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LANG\tTHRESHOLD\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	for _, lang := range []string{"de", "en", ""} {
		c := confusion(rows, opts.Threshold, lang)
		if c.n() == 0 || lang == "" && len(genres) < 2 {
			continue
		}
		name := lang
		if lang == "" {
			name = "all"
		}
		p, r, f1 := c.prf()
		fmt.Fprintf(tw, "%s\t%.2f\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", name, opts.Threshold, c.n(), p, r, f1, c.macroF1(), c.tp, c.fp, c.fn, c.tn)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nThreshold sweep (all rows):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "THRESHOLD\tPRECISION\tRECALL\tF1\tMACRO-F1\tFLAGGED")
	for i := 1; i <= 19; i++ {
		th := float64(i) / 20
		c := confusion(rows, th, "")
		p, r, f1 := c.prf()
		fmt.Fprintf(tw, "%.2f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\n", th, p, r, f1, c.macroF1(), c.tp+c.fp)
	}
	return tw.Flush()
}

// readAs returns the genre each language's rows are read as: --genre, or
// with auto, comments when at least half of them read like comments.
func readAs(units []trainset.Row, opts extract.Options) map[string]string {
	genres := map[string]string{}
	like, total := map[string]int{}, map[string]int{}
	for _, u := range units {
		total[u.Lang]++
		if extract.CommentLike(u.Text, u.Lang) {
			like[u.Lang]++
		}
	}
	for lang, n := range total {
		g := strings.ToLower(opts.Genre)
		if g != extract.GenreNews && g != extract.GenreComments && g != extract.GenreDebates {
			g = extract.Genre(like[lang], n)
		}
		genres[lang] = g
	}
	return genres
}
