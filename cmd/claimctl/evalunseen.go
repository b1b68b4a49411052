package main

import (
	"fmt"
	"text/tabwriter"

	"claimdesk/claims/extract/trainset"
)

// evalUnseen measures the shipped model on the news labels of dir, a
// directory that no fit reads (labels made after the model was final, kept
// outside the fitted labels directory until a later round moves them in):
// every article of dir, none split off, scored in its article as the
// reader does, with the claimant beside it. dir is read like the fitted
// labels (trainset.NewsFiles: de.tsv, en.tsv, round*/); that no fit reads
// it is for the caller to know.
func evalUnseen(e *env, dir, corpora string, th float64) error {
	rows, err := trainset.ReadNews(dir, corpora)
	if err != nil {
		return &exitError{code: 1, msg: oneLine(err.Error())}
	}
	if len(rows) == 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("no labels in %s (de.tsv, en.tsv)", dir)}
	}
	articles := map[string]bool{}
	for _, r := range rows {
		articles[r.Article] = true
	}
	w := e.stdout
	fmt.Fprintf(w, "Rows: %d news sentences of %d articles of %s, all of them measured (figures on unseen text only if no fit read this directory).\n\n", len(rows), len(articles), dir)
	scored, who := scoreNewsInArticles(rows, corpora, th)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURED ON\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	for _, l := range []struct{ name, lang string }{{"these news, de", "de"}, {"these news, en", "en"}, {"these news, both", ""}} {
		k := confusion(scored, th, l.lang)
		p, r, f1 := k.prf()
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", l.name, k.n(), p, r, f1, k.macroF1(), k.tp, k.fp, k.fn, k.tn)
	}
	tw.Flush()
	printClaimants(w, "these sentences", who)
	return nil
}
