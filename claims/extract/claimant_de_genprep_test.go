package extract

import "testing"

// TestPrepositionalVorfeldDE checks that a fronted prepositional phrase is
// never the speaker: the subject follows the verb.
func TestPrepositionalVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Während des Tages meldeten die Behörden 512 neue Fälle.":                      "Behörden",
		"Innerhalb eines Jahres berichteten die Kliniken von 512 neuen Fällen.":        "",
		"Anstelle des Ministers sagte die Staatssekretärin, es gebe fünf Fälle.":       "Staatssekretärin", // the subject after the verb (invertedSpeakerDE)
		"Angesichts der Lage forderte die Gewerkschaft mehr Personal in den Kliniken.": "",
		"Von der Opposition wurde die Reform als unsozial kritisiert.":                 "Opposition",
		"Seit Eva Roth verkündete, dass die Steuern sinken, steigen die Preise.":       "Eva Roth",
		"Die Gewerkschaft forderte mehr Personal in den Kliniken.":                     "Gewerkschaft",
	})
}

// TestPrepositionalVorfeldShape checks the test itself: one phrase opened by
// a preposition before the verb; not after a comma or a quotation.
func TestPrepositionalVorfeldShape(t *testing.T) {
	cases := map[string]bool{
		"Während des Tages meldeten":         true,
		"Innerhalb eines Jahres berichteten": true,
		"Die Behörden meldeten":              false,
		"Während sie schlief, meldeten":      false,
	}
	var z tokenizer
	for text, want := range cases {
		toks := z.tokenize(text, lexDE)
		if got := prepositionalVorfeldDE(toks, len(toks)-1); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
