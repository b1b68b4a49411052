package extract

import "testing"

// TestAdverbOpensNoNameDE checks that a sentence adverb opening a German
// sentence before a noun ("Weiter Fragen …", "Kaum Zeit …") registers no
// person, so a later "er" keeps the speaker named before.
func TestAdverbOpensNoNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Imkerin Jana Vogt lobte die Ernte. Weiter Fragen zur Ernte ließ sie offen. „Die Bienen sind gesund“, sagte sie.": "Jana Vogt",
		"Der Imker Olaf Riedel lobte die Ernte. Kaum Zeit blieb für Fragen. „Die Bienen sind gesund“, sagte er.":              "Olaf Riedel",
	})
}
