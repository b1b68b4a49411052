package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// handwritten comments for fitting: factual ones give figures, dates and
// sources; chatty ones address, insult or ask.
var (
	factualComments = []string{
		"Laut Statistik wurden %d Wohnungen im Jahr 2019 gebaut.",
		"Die Miete stieg seit 2015 um %d Prozent, das zeigt der Mietspiegel.",
		"Der Stadtrat hat das Bad bereits %d Tage nach der Wahl geschlossen.",
		"Im Bericht des Bundesamts stehen %d Millionen Euro für Schulen.",
		"Das Gesetz wurde %d Wochen später vom Bundestag beschlossen.",
	}
	chattyComments = []string{
		"Haha, du hast echt keine Ahnung, Nummer %d!",
		"Ich finde das einfach nur peinlich, ihr Idioten. Zum %d. Mal!",
		"Wer soll euch das denn glauben? %d Fragezeichen!",
		"Ach komm, lies doch erst mal was, bevor du schreibst. Gruß an alle %d!",
		"Einfach lächerlich, schämt euch. Ich sag's zum %d. Mal.",
	}
)

func handwrittenRows() []LabelledText {
	var rows []LabelledText
	for i := 0; i < 60; i++ {
		tpl, worthy := chattyComments[i%5], false
		if i%2 == 0 {
			tpl, worthy = factualComments[i%5], true
		}
		rows = append(rows, LabelledText{ID: fmt.Sprintf("row-%d", i), Text: fmt.Sprintf(tpl, 3+i), Worthy: worthy})
	}
	return rows
}

func TestFitComments(t *testing.T) {
	rows := handwrittenRows()
	fit, err := FitComments(rows, "de", 3)
	if err != nil {
		t.Fatal(err)
	}
	if fit.F1 < 0.9 || fit.Rows != len(rows) || fit.Terms() == 0 {
		t.Fatalf("fit %+v, %d terms", fit, fit.Terms())
	}
	if s := fit.Score("Laut Bericht wurden 2020 genau 400 Wohnungen gebaut."); s < DefaultThreshold {
		t.Errorf("factual comment scored %.3f", s)
	}
	if s := fit.Score("Haha, ihr habt doch keine Ahnung. Schämt euch!"); s >= DefaultThreshold {
		t.Errorf("chatty comment scored %.3f", s)
	}
	lo, hi := denseLimits()
	m := fit.model
	for f := 0; f < nFeat; f++ {
		if m.sent[f] < lo[f] || m.sent[f] > hi[f] {
			t.Errorf("%s weight %v outside its sign", featureNames[f], m.sent[f])
		}
	}
	for f := 0; f < nUnitFeat; f++ {
		if m.unit[f] < lo[nFeat+f] || m.unit[f] > hi[nFeat+f] {
			t.Errorf("%s weight %v outside its sign", unitFeatureNames[f], m.unit[f])
		}
	}

	// Deterministic, and what is written reads back as the same model.
	var a, b bytes.Buffer
	if err := fit.WriteTo(&a, "note"); err != nil {
		t.Fatal(err)
	}
	again, _ := FitComments(rows, "de", 3)
	if err := again.WriteTo(&b, "note"); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("two fits on the same rows differ")
	}
	parsed, err := parseCommentModel(a.String())
	if err != nil {
		t.Fatal(err)
	}
	var z tokenizer
	for _, r := range rows[:10] {
		got, _ := parsed.score(r.Text, "de", &z)
		if want := fit.Score(r.Text); got != want {
			t.Fatalf("%q: parsed model %v, fitted %v", r.Text, got, want)
		}
	}

	if _, err := FitComments(rows, "de", 1); err == nil {
		t.Error("one fold accepted")
	}
	if _, err := FitComments(rows[:1], "de", 2); err == nil {
		t.Error("rows of one class accepted")
	}
}

func TestCrossValidateComments(t *testing.T) {
	rows := handwrittenRows()
	var calls []int
	scores, folds, err := CrossValidateComments(rows, "de", 5, func(done, total int) {
		if total != 5 {
			t.Errorf("total %d", total)
		}
		calls = append(calls, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(calls) != "[1 2 3 4 5]" {
		t.Errorf("progress %v", calls)
	}
	right := 0
	for i, r := range rows {
		if (folds[i] == 0) != HeldOut(r.ID) || folds[i] < 0 || folds[i] > 4 {
			t.Fatalf("row %s: fold %d, held out %v", r.ID, folds[i], HeldOut(r.ID))
		}
		if scores[i] < 0 || scores[i] > 1 {
			t.Fatalf("score %v", scores[i])
		}
		if (scores[i] >= DefaultThreshold) == r.Worthy {
			right++
		}
	}
	if right < len(rows)*9/10 {
		t.Errorf("%d of %d rows right on unseen folds", right, len(rows))
	}
	if _, _, err := CrossValidateComments(rows, "de", 0, nil); err == nil {
		t.Error("zero folds accepted")
	}
}

func TestParseCommentModelErrors(t *testing.T) {
	for _, bad := range []string{
		"bias\tx\n",
		"bias\t1\t2\n",
		"sentence\tno such feature\t1\n",
		"whole\tno such feature\t1\n",
		"weight\tnumber\t1\n",
		"term\tw:a\n",
	} {
		if _, err := parseCommentModel(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	m, err := parseCommentModel("# note\n\nbias\t-1\nsentence\tnumber\t0.5\nwhole\tquestions\t-0.25\nterm\tb:a b\t0.125\n")
	if err != nil || m.bias != -1 || m.sent[fNumber] != 0.5 || m.unit[uQuestion] != -0.25 || m.terms["b:a b"] != 0.125 {
		t.Fatalf("%+v %v", m, err)
	}
}

func TestCommentTerms(t *testing.T) {
	text := "@USER Die 12 Übersetzungsbüros schließen, sagt @Max."
	var z tokenizer
	ts := commentTerms(text, z.tokenize(text, lexFor("de")))
	got := map[string]string{}
	for _, ts := range ts {
		got[ts.term] = text[ts.s:ts.e]
	}
	want := map[string]string{
		"w:die": "Die", "w:#": "12", "w:übersetzungsbüros": "Übersetzungsbüros", "s:überse": "Übersetzungsbüros",
		"b:die #": "Die 12", "b:# übersetzungsbüros": "12 Übersetzungsbüros", "w:sagt": "sagt",
		"b:schließen sagt": "schließen, sagt", "s:schlie": "schließen",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("term %q: got %q, want %q", k, got[k], v)
		}
	}
	for _, k := range []string{"w:user", "w:max", "b:sagt max"} {
		if _, ok := got[k]; ok {
			t.Errorf("mention gives term %q", k)
		}
	}
	if !strings.HasPrefix(ts[0].term, "w:") || len(ts) != len(got) {
		t.Errorf("terms %v", ts)
	}
}

// TestFitCommentsKeepsSigns fits rows whose labels go against the sign of
// the question features: their weights must stay at or below zero.
func TestFitCommentsKeepsSigns(t *testing.T) {
	var rows []LabelledText
	for i := 0; i < 40; i++ {
		text, worthy := fmt.Sprintf("Stimmt das? Wirklich? Nummer %d?", i), true
		if i%2 == 1 {
			text, worthy = fmt.Sprintf("Das ist so, Nummer %d.", i), false
		}
		rows = append(rows, LabelledText{ID: fmt.Sprint(i), Text: text, Worthy: worthy})
	}
	fit, err := FitComments(rows, "de", 2)
	if err != nil {
		t.Fatal(err)
	}
	if w := fit.model.sent[fQuestion]; w > 0 {
		t.Errorf("question weight %v", w)
	}
	if w := fit.model.unit[uQuestion]; w > 0 {
		t.Errorf("question marks weight %v", w)
	}
}

// TestCopiesShareAFold checks that a text posted twice, under two ids, is
// never scored by a model fitted on its copy.
func TestCopiesShareAFold(t *testing.T) {
	rows := handwrittenRows()
	if TextKey("Das ist, so; GELOGEN!") != TextKey("das ist so gelogen") {
		t.Fatal("TextKey keeps case or punctuation")
	}
	copies := 0
	for i := 0; i < 20; i++ {
		c := rows[i]
		c.ID = fmt.Sprintf("copy-%d", i)
		c.Text = strings.ToUpper(c.Text)
		rows = append(rows, c)
	}
	_, folds, err := CrossValidateComments(rows, "de", 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if folds[i] != folds[60+i] {
			t.Errorf("%s in fold %d, its copy in fold %d", rows[i].ID, folds[i], folds[60+i])
		}
		if int(idHash(rows[60+i].ID)%5) != folds[60+i] {
			copies++
		}
	}
	if copies == 0 {
		t.Error("no copy would have fallen into another fold: the test proves nothing")
	}
}
