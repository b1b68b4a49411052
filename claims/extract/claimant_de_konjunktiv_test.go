package extract

import "testing"

// TestKonjunktivPronounDE checks that a Konjunktiv I in "-e" next to a
// pronoun of the third person singular carries the speaker of the unit
// before, and that adjectives, function words and "als"
// comparisons do not.
func TestKonjunktivPronounDE(t *testing.T) {
	const said = "„Wir bauen weiter“, sagte die Bürgermeisterin Eva Roth. "
	checkLast(t, "de", map[string]string{
		said + "Man rechne mit einem Ende der Arbeiten im Mai.":                 "Eva Roth",
		said + "Zudem bestehe es aus drei Teilen.":                              "Eva Roth",
		said + "Der Wirt sieht aus, als fühle er sich ertappt.":                 "",
		said + "Die Bäckerin weiß nicht, wie sie ihre kleine Tochter versorgt.": "",
	})
}

// TestKonjunktivFormDE checks the word tests of konjunktivFormDE.
func TestKonjunktivFormDE(t *testing.T) {
	for text, want := range map[string]bool{
		"Er hoffe auf Regen.":           true,
		"Dann stelle sie den Antrag.":   true,
		"Er sagte nichts.":              false,
		"Sie hat starke Konkurrenz.":    false,
		"Sie hat es beinahe geschafft.": false,
		"Ich hoffe, er kommt.":          false,
		"Berichte gibt es zahlreiche.":  false,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		if got := konjunktivPronounDE(toks); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
