package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"text/tabwriter"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// reportConfig says where evalReport finds its data.
type reportConfig struct {
	shared, labels, corpora string
	folds                   int
	threshold               float64
	// germEvalOnly prints the GermEval cross-validation alone: a figure on
	// training rows, to compare designs without looking at any
	// development figure.
	germEvalOnly bool
}

// reportData holds every labelled row evalReport uses.
type reportData struct {
	debTrain, debDev, comments, newsTrain, newsDev []trainset.Row
}

// loadReportData reads the CheckThat! train and dev rows, the GermEval
// train comments and the news labels, split into training and development
// articles.
func loadReportData(c reportConfig) (*reportData, error) {
	var d reportData
	var err error
	eval := filepath.Join(c.shared, "eval")
	if d.debTrain, err = trainset.ReadUnits(filepath.Join(eval, "en_ct24_train.tsv"), extract.GenreDebates); err != nil {
		return nil, err
	}
	if d.debDev, err = trainset.ReadUnits(filepath.Join(eval, "en_ct24_dev.tsv"), extract.GenreDebates); err != nil {
		return nil, err
	}
	if d.comments, err = trainset.ReadUnits(filepath.Join(eval, "de_germeval21_factclaiming_train.tsv"), extract.GenreComments); err != nil {
		return nil, err
	}
	news, err := trainset.ReadNews(c.labels, c.corpora)
	if err != nil {
		return nil, err
	}
	d.newsTrain, d.newsDev = trainset.SplitNews(news)
	return &d, nil
}

// evalReport prints every figure of the extractor on data the shipped
// model never fitted, and cross-corpus figures of models fitted here.
func evalReport(ctx context.Context, e *env, c reportConfig) error {
	d, err := loadReportData(c)
	if err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}
	w := e.stdout
	if c.germEvalOnly {
		fmt.Fprintf(w, "Rows: CT24 train %d, GermEval %d, news sentences %d of training articles; no development row is scored.\n", len(d.debTrain), len(d.comments), len(d.newsTrain))
		return germEvalCV(ctx, e, d, c, []float64{extract.ShippedLambda()})
	}
	fmt.Fprintf(w, "Rows: CT24 train %d (fitted), CT24 dev %d (never fitted), GermEval %d (fitted; grouped CV below),\n", len(d.debTrain), len(d.debDev), len(d.comments))
	fmt.Fprintf(w, "news sentences %d of training articles (fitted), %d of development articles (never fitted).\n\n", len(d.newsTrain), len(d.newsDev))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURED ON\tMODEL\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	line := func(on, model string, rows []evalRow, lang string) {
		k := confusion(rows, c.threshold, lang)
		p, r, f1 := k.prf()
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", on, model, k.n(), p, r, f1, k.macroF1(), k.tp, k.fp, k.fn, k.tn)
	}
	newsDev, who := scoreNewsInArticles(d.newsDev, c.corpora, c.threshold)
	line("news dev articles, de", "shipped", newsDev, "de")
	line("news dev articles, en", "shipped", newsDev, "en")
	line("news dev articles, both", "shipped", newsDev, "")
	line("CT24 dev (debates)", "shipped", scoreShipped(d.debDev, c.threshold), "")
	if err := tw.Flush(); err != nil {
		return err
	}
	printClaimants(w, "news development sentences", who)
	if err := evalQuotes(w, c.corpora); err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}

	fmt.Fprintln(w, "\nCross-corpus (models fitted here; threshold by cross-validation on their own training rows):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURED ON\tMODEL\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	lambda := []float64{extract.ShippedLambda()}
	progress := func(what string) func(int, int) {
		return func(done, total int) { fmt.Fprintf(e.stderr, "claimctl: %s: fit %d of %d\n", what, done, total) }
	}
	debOnly, err := extract.Fit(trainset.TrainRows(d.debTrain), extract.FitConfig{Lambdas: lambda, Context: extract.ShippedContext(), Progress: progress("debates only")})
	if err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}
	asGenre := func(rows []trainset.Row, g string) []trainset.Row {
		out := append([]trainset.Row(nil), rows...)
		for i := range out {
			out[i].Genre = g
		}
		return out
	}
	devAsDeb := scoreFitted(debOnly, asGenre(d.newsDev, extract.GenreDebates))
	line("news dev articles, de", "CT24 train only", devAsDeb, "de")
	line("news dev articles, en", "CT24 train only", devAsDeb, "en")
	if err := ctx.Err(); err != nil {
		return err
	}
	newsOnly, err := extract.Fit(trainset.TrainRows(d.newsTrain), extract.FitConfig{Lambdas: lambda, Context: extract.ShippedContext(), Progress: progress("news only")})
	if err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}
	line("CT24 dev (debates)", "news train articles only", scoreFitted(newsOnly, asGenre(d.debDev, extract.GenreNews)), "")
	nd := scoreFitted(newsOnly, d.newsDev)
	line("news dev articles, de", "news train articles only", nd, "de")
	line("news dev articles, en", "news train articles only", nd, "en")
	if err := tw.Flush(); err != nil {
		return err
	}
	if c.folds == 0 {
		return nil
	}
	return germEvalCV(ctx, e, d, c, lambda)
}

// germEvalCV scores every GermEval comment by a model fitted, as the
// shipped one (its L2 strength and context inputs; threshold by inner
// cross-validation), on all other training rows but the comments of its
// fold. Folds are groups of neighbouring ids (trainset.IDGroup), hashed
// with a salt of their own.
func germEvalCV(ctx context.Context, e *env, d *reportData, c reportConfig, lambda []float64) error {
	fold := func(r trainset.Row) int {
		h := fnv.New32a()
		h.Write([]byte("outer/" + r.Group))
		return int(h.Sum32() % uint32(c.folds))
	}
	scored := make([]evalRow, 0, len(d.comments))
	var alone []evalRow // the shared model's scores without the comment model
	perFold := make([][]evalRow, c.folds)
	for k := 0; k < c.folds; k++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rows := append(append([]trainset.Row(nil), d.debTrain...), d.newsTrain...)
		var test []trainset.Row
		for _, r := range d.comments {
			if fold(r) == k {
				test = append(test, r)
			} else {
				rows = append(rows, r)
			}
		}
		f, err := extract.Fit(trainset.TrainRows(rows), extract.FitConfig{Lambdas: lambda, Context: extract.ShippedContext()})
		if err != nil {
			return &exitError{code: 1, msg: oneLine(err.Error())}
		}
		fmt.Fprintf(e.stderr, "claimctl: GermEval cross-validation: fold %d of %d fitted\n", k+1, c.folds)
		got, sharedOnly, err := scoreGermEvalFold(f, rows, test, lambda) // eval_germeval.go
		if err != nil {
			return &exitError{code: 1, msg: oneLine(err.Error())}
		}
		alone = append(alone, sharedOnly...)
		perFold[k] = got
		scored = append(scored, got...)
	}
	w := e.stdout
	fmt.Fprintf(w, "\nGermEval 2021 train, %d-fold cross-validation grouped by blocks of neighbouring ids\n", c.folds)
	fmt.Fprintln(w, "(each comment scored by the shared and the comment model, both fitted without its fold: CT24 train, news train articles, other comments):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FOLD\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	for k := 0; k <= c.folds; k++ {
		rows, name := scored, "all (pooled)"
		if k < c.folds {
			rows, name = perFold[k], fmt.Sprint(k)
		}
		q := confusion(rows, c.threshold, "")
		p, r, f1 := q.prf()
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", name, q.n(), p, r, f1, q.macroF1(), q.tp, q.fp, q.fn, q.tn)
	}
	q := confusion(alone, c.threshold, "")
	p, r, f1 := q.prf()
	fmt.Fprintf(tw, "shared model alone (pooled)\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", q.n(), p, r, f1, q.macroF1(), q.tp, q.fp, q.fn, q.tn)
	return tw.Flush()
}

// scoreFitted scores each row with the fitted model f.
func scoreFitted(f *extract.Fitted, rows []trainset.Row) []evalRow {
	out := make([]evalRow, len(rows))
	for i, r := range rows {
		out[i] = evalRow{lang: r.Lang, label: r.Worthy, score: f.Score(r.TrainRow())}
	}
	return out
}

// scoreShipped scores each row's text as one unit with the shipped model
// at threshold th.
func scoreShipped(rows []trainset.Row, th float64) []evalRow {
	out := make([]evalRow, len(rows))
	for i, r := range rows {
		u := extract.Score(r.Text, extract.Options{Lang: r.Lang, Genre: r.Genre, Threshold: th})
		out[i] = evalRow{lang: r.Lang, label: r.Worthy, score: u.Score}
	}
	return out
}

// claimantPair is a labelled claimant and the extractor's.
type claimantPair struct{ lang, want, got string }

// scoreNewsInArticles scores news sentences as the reader does: each
// article extracted whole, the unit at the label's offsets taken (the
// labels were made on the same sentence split). A label with no unit at
// its offsets is scored alone.
func scoreNewsInArticles(rows []trainset.Row, corpora string, th float64) ([]evalRow, []claimantPair) {
	out := make([]evalRow, 0, len(rows))
	var who []claimantPair
	units := map[string]map[int]extract.Unit{}
	for _, r := range rows {
		byStart, ok := units[r.Article]
		if !ok {
			byStart = map[int]extract.Unit{}
			if b, err := os.ReadFile(filepath.Join(corpora, r.Article)); err == nil {
				for _, u := range extract.Extract(string(b), extract.Options{Lang: r.Lang, Threshold: th}) {
					byStart[u.Start] = u
				}
			}
			units[r.Article] = byStart
		}
		u, ok := byStart[r.Start]
		if !ok || u.End != r.End {
			u = extract.Score(r.Text, extract.Options{Lang: r.Lang, Genre: extract.GenreNews, Threshold: th})
		}
		out = append(out, evalRow{lang: r.Lang, label: r.Worthy, score: u.Score})
		who = append(who, claimantPair{r.Lang, r.Claimant, u.Claimant})
	}
	return out, who
}

// printClaimants prints the claimant figures of who, titled "Claimant on
// <on> (…)".
func printClaimants(w interface{ Write([]byte) (int, error) }, on string, who []claimantPair) {
	fmt.Fprintf(w, "\nClaimant on %s (exact match, names compared as sets, case and the form of apostrophes ignored):\n", on)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LANG\tWITH A CLAIMANT\tEXACT\tEMPTY INSTEAD\tWITHOUT ONE\tLEFT EMPTY")
	for _, lang := range []string{"de", "en"} {
		var with, exact, empty, without, leftEmpty int
		for _, p := range who {
			if p.lang != lang {
				continue
			}
			if p.want == "" {
				without++
				if p.got == "" {
					leftEmpty++
				}
				continue
			}
			with++
			if trainset.SameClaimant(p.want, p.got) {
				exact++
			} else if p.got == "" {
				empty++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d (%s)\t%d\t%d\t%d (%s)\n", lang, with, exact, pct(exact, with), empty, without, leftEmpty, pct(leftEmpty, without))
	}
	tw.Flush()
}

// pct returns a as a percentage of b with one decimal, or "–" when b is 0.
func pct(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(a)/float64(b))
}
