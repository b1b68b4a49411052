package extract

import "testing"

// TestSpeechLeadInDE checks that a line of its own that names a person,
// then a verb of saying or a relative clause, and ends in a colon leads in
// to a quotation, not to a record's turn: the quotation is the person's,
// the narrated paragraphs after it are not; a record's label with an
// office after a comma still starts a turn.
func TestSpeechLeadInDE(t *testing.T) {
	quote := "„Wir haben hart verhandelt. Das Ergebnis ist gut.“\n\n"
	checkLast(t, "de", map[string]string{
		"Die Stadt hat den Vertrag unterzeichnet.\n\nBürgermeisterin Jana Holm erklärt dazu:\n\n" + quote + "Der Vertrag läuft bis zum Jahr 2030.":               "",
		"Die Stadt hat den Vertrag unterzeichnet.\n\nJana Holm, die für die Stadt verhandelt hat, ergänzt:\n\n" + quote + "Der Vertrag läuft bis zum Jahr 2030.": "",
		"Die Stadt hat den Vertrag unterzeichnet.\n\nBürgermeisterin Jana Holm erklärt dazu:\n\n„Wir haben hart verhandelt.“":                                    "Jana Holm",
		"Präsident: Das Wort hat die Ministerin.\n\nJana Holm, Ministerin der Finanzen:\n\nDer Haushalt ist ausgeglichen. Die Schulden sinken seit drei Jahren.": "Jana Holm",
	})
}
