package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"claimdesk/claims/extract"
)

// crossValidate prints, per language of rows read by a comment model, the
// figures of a nested k-fold cross-validation of its fitting
// (extract.CrossValidateComments) at extract.DefaultThreshold: per outer
// fold and pooled over all rows. Unless the user asked for it (explicit),
// a cross-validation the rows cannot carry (a fold without both labels) is
// a note, not an error.
func crossValidate(ctx context.Context, e *env, rows []evalRow, genres map[string]string, k int, explicit bool) error {
	w := e.stdout
	var langs []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.lang] {
			seen[r.lang] = true
			langs = append(langs, r.lang)
		}
	}
	for _, lang := range langs {
		if !extract.HasCommentModel(lang) || genres[lang] != extract.GenreComments {
			if explicit {
				fmt.Fprintf(w, "\n%s: no comment model to cross-validate (its rows are scored by the sentence model)\n", lang)
			}
			continue
		}
		var texts []extract.LabelledText
		var cvRows []evalRow // the language's rows with their cross-validated scores
		for _, r := range rows {
			if r.lang == lang {
				texts = append(texts, extract.LabelledText{ID: r.id, Text: r.text, Worthy: r.label})
				cvRows = append(cvRows, r)
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		scores, folds, err := extract.CrossValidateComments(texts, lang, k, func(done, total int) {
			fmt.Fprintf(e.stderr, "claimctl: %s cross-validation: fold %d of %d fitted\n", lang, done, total)
		})
		if err != nil && !explicit {
			fmt.Fprintf(w, "\n%s: no nested cross-validation of the comment model: %s\n", lang, oneLine(err.Error()))
			continue
		}
		if err != nil {
			return &exitError{code: 1, msg: oneLine(err.Error())}
		}
		fmt.Fprintf(w, "\nNested %d-fold cross-validation of the %s comment model over all %d %s rows\n", k, lang, len(texts), lang)
		fmt.Fprintf(w, "(each row scored by a model not fitted on it; threshold %.2f):\n", extract.DefaultThreshold)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "FOLD\tN\tPRECISION\tRECALL\tF1\tTP\tFP\tFN\tTN")
		for i := range cvRows {
			cvRows[i].score, cvRows[i].fold = scores[i], folds[i]
		}
		for f := 0; f <= k; f++ {
			c := confusion(cvRows, extract.DefaultThreshold, func(r evalRow) bool { return f == k || r.fold == f })
			name := fmt.Sprint(f)
			if f == 0 && k == 5 {
				name = "0 (held-out rows)"
			}
			if f == k {
				name = "all (pooled)"
			}
			p, r, f1 := c.prf()
			fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", name, c.tp+c.fp+c.fn+c.tn, p, r, f1, c.tp, c.fp, c.fn, c.tn)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
