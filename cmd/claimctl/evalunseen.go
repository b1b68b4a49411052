package main

import (
	"fmt"
	"text/tabwriter"

	"claimdesk/claims/extract/trainset"
)

// evalUnseen measures the shipped model on news labels that no fit reads
// (data/newslabels/heldout: whole articles labelled after the model and
// its lists were final): every article of dir, none split off, scored in
// its article as the reader does, with the claimant beside it.
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
	fmt.Fprintf(w, "Rows: %d news sentences of %d articles that no fit reads (all of them measured).\n\n", len(rows), len(articles))
	scored, who := scoreNewsInArticles(rows, corpora, th)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURED ON\tN\tPRECISION\tRECALL\tF1\tMACRO-F1\tTP\tFP\tFN\tTN")
	for _, l := range []struct{ name, lang string }{{"held-out news, de", "de"}, {"held-out news, en", "en"}, {"held-out news, both", ""}} {
		k := confusion(scored, th, l.lang)
		p, r, f1 := k.prf()
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", l.name, k.n(), p, r, f1, k.macroF1(), k.tp, k.fp, k.fn, k.tn)
	}
	tw.Flush()
	printClaimants(w, "these sentences", who)
	return nil
}
