package main

import "claimdesk/claims/extract/trainset"

// The features of the chooser's own earlier choices: fitted with the
// labelled claimants of the units before (teacher forcing), measured with
// the chooser's own choices, unit after unit, as the extractor runs.

var (
	fChosen1     = featureIndex("chosen 1 before")
	fChosen2to5  = featureIndex("chosen 2-5 before")
	fNoneChosen1 = featureIndex("none, chosen none before")
	fChosenPara  = featureIndex("chosen 1 before, same paragraph")
	fNonePara    = featureIndex("none, paragraph start")
)

// setChoices sets e's choice features from hist, the claimants given to
// the units before it in its article, most recent last ("" for none).
// A quotation unit's neighbours carry no labels: its choice features stay 0.
func setChoices(e example, hist []string) {
	if e.quote {
		for _, x := range e.x {
			x[fChosen1], x[fChosen2to5], x[fNoneChosen1], x[fChosenPara] = 0, 0, 0, 0
		}
		return
	}
	prev := ""
	if len(hist) > 0 {
		prev = hist[len(hist)-1]
	}
	before := hist[max(0, len(hist)-5):max(0, len(hist)-1)] // units 2 to 5 before
	for i, n := range e.names {
		x := e.x[i]
		if i == 0 {
			x[fNoneChosen1] = f64(prev == "")
			continue
		}
		x[fChosen1] = f64(prev != "" && trainset.SameClaimant(prev, n))
		x[fChosenPara] = x[fChosen1] * (1 - e.x[0][fNonePara])
		x[fChosen2to5] = 0
		if x[fChosen1] == 0 {
			for _, h := range before {
				if h != "" && trainset.SameClaimant(h, n) {
					x[fChosen2to5] = 1
				}
			}
		}
	}
}

// teacherForce sets every example's choice features from the labelled
// claimants of the examples before it in its article.
func teacherForce(exs []example) {
	var hist []string
	for i, e := range exs {
		if i == 0 || e.article != exs[i-1].article {
			hist = hist[:0]
		}
		setChoices(e, hist)
		if !e.quote {
			hist = append(hist, e.gold)
		}
	}
}

// decode chooses a candidate for each example in order, the choice
// features following the earlier choices in the same article, and calls
// seen with each example and its choice.
func decode(exs []example, w []float64, seen func(example, int)) {
	var hist []string
	for i, e := range exs {
		if i == 0 || e.article != exs[i-1].article {
			hist = hist[:0]
		}
		setChoices(e, hist)
		k := choose(e, w)
		if !e.quote {
			hist = append(hist, e.names[k])
		}
		seen(e, k)
	}
}

// f64 returns 1 for true and 0 for false.
func f64(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
