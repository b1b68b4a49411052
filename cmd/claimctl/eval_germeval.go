package main

import (
	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// scoreGermEvalFold scores the test comments of one outer GermEval fold as
// the shipped extractor scores a German comment: the shared model f
// (fitted on rows) and a comment model fitted, as internal/fitcomments
// fits the shipped one, on the same rows only (its stacking on the inner
// out-of-fold views of a shared model of f's design). It returns the
// stacked scores and, for comparison, those of f alone.
func scoreGermEvalFold(f *extract.Fitted, rows, test []trainset.Row, lambda []float64) (stacked, alone []evalRow, err error) {
	alone = scoreFitted(f, test)
	tr := trainset.TrainRows(rows)
	oof := extract.SharedCommentOOF(tr, lambda[0], extract.ShippedContext())
	cf, err := extract.FitComments(tr, oof, extract.DefaultCommentsConfig())
	if err != nil {
		return nil, nil, err
	}
	stacked = make([]evalRow, len(test))
	for i, r := range test {
		stacked[i] = alone[i]
		if r.Lang == "de" {
			stacked[i].score = cf.Score(r.Text, f.CommentViews(r.TrainRow()))
		}
	}
	return stacked, alone, nil
}
