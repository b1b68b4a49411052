package main

import (
	"fmt"
	"testing"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// TestScoreGermEvalFold fits one outer fold on invented comments, where a
// figure makes a comment check-worthy: the stacked scores of the held-out
// comments must separate them, and come from the comment model (not the
// shared model's scores passed through).
func TestScoreGermEvalFold(t *testing.T) {
	var rows, test []trainset.Row
	for i := 0; i < 300; i++ {
		r := trainset.Row{ID: fmt.Sprint("ge-", i), Lang: "de", Genre: extract.GenreComments, Group: trainset.IDGroup(fmt.Sprint("ge-", i*7))}
		if i%3 == 0 {
			r.Text, r.Worthy = fmt.Sprintf("Seit %d sind es %d Prozent mehr Fälle.", 1990+i%30, 10+i%80), true
		} else {
			r.Text = fmt.Sprintf("Ich finde das echt peinlich, Leute %d!", i)
		}
		if i%5 == 0 {
			test = append(test, r)
		} else {
			rows = append(rows, r)
		}
	}
	lambda := []float64{1e-3}
	f, err := extract.Fit(trainset.TrainRows(rows), extract.FitConfig{Lambdas: lambda, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	stacked, alone, err := scoreGermEvalFold(f, rows, test, lambda)
	if err != nil {
		t.Fatal(err)
	}
	if len(stacked) != len(test) || len(alone) != len(test) {
		t.Fatalf("%d stacked and %d shared scores of %d comments", len(stacked), len(alone), len(test))
	}
	differ := 0
	for i := range test {
		if stacked[i].score != alone[i].score {
			differ++
		}
	}
	if differ == 0 {
		t.Error("the stacked scores are the shared model's")
	}
	_, _, f1 := confusion(stacked, 0.5, "").prf()
	if f1 < 0.9 {
		t.Errorf("stacked F1 %.3f on separable comments", f1)
	}
}
