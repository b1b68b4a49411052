package extract

import "testing"

// TestColonQuoteSpeakerDE checks that the subject of a clause ending in a
// colon that opens a quotation is its speaker: a pronoun, a known person
// at the start or named before; not a person first named inside the
// sentence, and not before a short title in quotation marks.
func TestColonQuoteSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Heimleiterin Eva Roth führt durch das Haus. Sie gibt zu bedenken: „Wir haben nicht genug Personal für alle Gruppen.“": "Eva Roth",
		"Lukas Brenner, Chef des Vereins: „Das Fest fällt in diesem Jahr leider aus.“":                                             "Lukas Brenner",
		"Der Sänger Tom Kolb kam spät. Dann stimmte die Band mit Kolb das Lied an: „Wir gehen alle heute heim.“":                   "Tom Kolb",
		"Am Abend kam die Band mit dem Sänger Tom Kolb und stimmte ein Lied an: „Wir gehen alle heute heim.“":                      "",
		"Der Sänger Tom Kolb kam spät. Dann spielte Kolb sein neues Lied: „Blaue Tage“.":                                           "",
	})
}
