package extract_test

import (
	"strings"
	"testing"

	"claimdesk/claims/extract"
)

// wholeCases are handwritten German readers' comments, scored whole.
var wholeCases = []struct {
	name, text string
	worthy     bool
}{
	{"figures and a source", "Das stimmt so nicht. Laut Statistischem Bundesamt lag die Arbeitslosenquote 2019 bei 5,0 Prozent, " +
		"seit 2005 ist sie damit um mehr als die Hälfte gesunken. Die Zahlen sind öffentlich einsehbar.", true},
	{"a past event", "@USER Der Gemeinderat hat das Hallenbad bereits im März 2021 geschlossen. Seitdem fahren die " +
		"Schulklassen für den Schwimmunterricht 25 Kilometer weit nach Neustadt.", true},
	{"insult and appeal", "@USER Du hast echt keine Ahnung, haha! Lies doch erst mal was, bevor du hier so einen Quatsch schreibst!!", false},
	{"opinion and question", "Ich finde, ihr solltet euch mal alle beruhigen. Wer soll das denn noch ernst nehmen?", false},
	{"one short line", "Einfach nur peinlich.", false},
}

func TestScoreWholeText(t *testing.T) {
	for _, c := range wholeCases {
		t.Run(c.name, func(t *testing.T) {
			u := extract.Score(c.text, extract.Options{Lang: "de"})
			if u.CheckWorthy != c.worthy {
				t.Fatalf("score %.2f, want check-worthy %v; reasons %q", u.Score, c.worthy, u.Reasons)
			}
			if len(u.Reasons) == 0 || len(u.Reasons) > 6 {
				t.Fatalf("reasons %q", u.Reasons)
			}
			if u.Text != c.text || u.Lang != "de" {
				t.Fatalf("unit %q lang %q", u.Text, u.Lang)
			}
		})
	}
}

// TestLinesWholeText checks that the German lines of a file of comments
// (--split lines) are scored as whole comments, and that sentences of an
// article are not.
func TestLinesWholeText(t *testing.T) {
	var b strings.Builder
	for _, c := range wholeCases {
		b.WriteString(c.text + "\n")
	}
	text := b.String()
	units := extract.Extract(text, extract.Options{Split: "lines"})
	checkUnits(t, text, extract.Options{}, units)
	if len(units) != len(wholeCases) {
		t.Fatalf("%d units, want %d", len(units), len(wholeCases))
	}
	for i, u := range units {
		want := extract.Score(wholeCases[i].text, extract.Options{Lang: "de", Genre: extract.GenreComments})
		if u.Score != want.Score || u.CheckWorthy != wholeCases[i].worthy {
			t.Errorf("line %d: score %.4f (%v), Score %.4f, want check-worthy %v", i, u.Score, u.CheckWorthy, want.Score, wholeCases[i].worthy)
		}
	}
	for _, u := range extract.Extract(germanNews, extract.Options{}) {
		for _, r := range u.Reasons {
			if strings.HasPrefix(r, extract.ReasonWordFor) || strings.HasPrefix(r, extract.ReasonWordAgainst) || strings.HasPrefix(r, "text length") {
				t.Fatalf("sentence %q has a whole-text reason %q", u.Text, r)
			}
		}
	}
}

// TestWholeTextEnglish checks that English, whose labelled units are single
// sentences, keeps the sentence model for a whole text.
func TestWholeTextEnglish(t *testing.T) {
	text := "The deficit grew by $300 billion in 2019."
	u := extract.Score(text, extract.Options{})
	s := extract.Extract(text, extract.Options{})
	if len(s) != 1 || u.Score != s[0].Score || strings.Join(u.Reasons, "|") != strings.Join(s[0].Reasons, "|") {
		t.Fatalf("Score %.4f %q, Extract %v", u.Score, u.Reasons, s)
	}
}

// TestLinesOfNews checks that a file of news sentences, one per line, is
// read as news: each line scores as the same sentence does in the article.
func TestLinesOfNews(t *testing.T) {
	sents := extract.Extract(germanNews, extract.Options{})
	var b strings.Builder
	for _, u := range sents {
		b.WriteString(strings.ReplaceAll(u.Text, "\n", " ") + "\n")
	}
	lines := extract.Extract(b.String(), extract.Options{Split: "lines"})
	if len(lines) != len(sents) {
		t.Fatalf("%d lines, %d sentences", len(lines), len(sents))
	}
	for i, u := range lines {
		if u.Score != sents[i].Score || u.CheckWorthy != sents[i].CheckWorthy {
			t.Errorf("line %q: %.4f, as a sentence %.4f", u.Text, u.Score, sents[i].Score)
		}
	}
	asComments := extract.Extract(b.String(), extract.Options{Split: "lines", Genre: extract.GenreComments})
	differ := 0
	for i := range asComments {
		if asComments[i].Score != lines[i].Score {
			differ++
		}
	}
	if differ == 0 {
		t.Error("--genre comments changed no score")
	}
}
