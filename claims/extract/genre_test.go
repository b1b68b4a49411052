package extract_test

import (
	"testing"

	"claimdesk/claims/extract"
)

// genreCases are handwritten whole texts and whether they read like a
// reader's comment rather than edited news.
var genreCases = []struct {
	lang, text string
	comment    bool
}{
	{"de", "Der Stadtrat beschloss am Montag mit 21 zu 9 Stimmen den Neubau der Grundschule.", false},
	{"de", "„Ich halte das für einen Fehler“, sagte die Bürgermeisterin am Abend.", false},
	{"de", "Die Ministerin sagte: „Wir haben alles getan, was ich versprochen habe.“", false},
	{"de", "– Streit um die Brücke –", true}, // a heading: no final punctuation
	{"de", "Die Preise stiegen im Mai um 2,4 Prozent. Im April waren es noch 2,1 Prozent.", false},
	{"de", "@USER Der Bahnhof wurde 2019 geschlossen.", true},
	{"de", "Ich finde, das geht so nicht weiter.", true},
	{"de", "Lies doch erst mal nach, bevor du schreibst.", true},
	{"de", "Das ist doch alles gelogen!!", true},
	{"de", "Schon wieder eine Steuererhöhung 😡", true},
	{"de", "das glaubt doch keiner.", true},
	{"de", "Die Miete ist seit 2015 um 30 Prozent gestiegen", true},
	{"de", "Und dann kam das nächste Gesetz..", true},
	{"en", "The council approved the budget on Monday by 7 votes to 2.", false},
	{"en", "“I will vote against it,” the senator told reporters.", false},
	{"en", "I think you are completely wrong about this.", true},
	{"en", "#climate The sea level rose 20 cm since 1900.", true},
}

func TestCommentLike(t *testing.T) {
	for _, c := range genreCases {
		if got := extract.CommentLike(c.text, c.lang); got != c.comment {
			t.Errorf("%q: comment-like %v, want %v", c.text, got, c.comment)
		}
	}
}

func TestGenre(t *testing.T) {
	for _, c := range []struct {
		like, total int
		want        string
	}{{0, 0, extract.GenreNews}, {1, 3, extract.GenreNews}, {2, 4, extract.GenreComments}, {5, 5, extract.GenreComments}} {
		if got := extract.Genre(c.like, c.total); got != c.want {
			t.Errorf("Genre(%d, %d) = %q, want %q", c.like, c.total, got, c.want)
		}
	}
}
