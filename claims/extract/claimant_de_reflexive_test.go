package extract

import "testing"

// TestReflexiveSpeakerDE checks reflexive verbs of taking a position: the
// subject after "sich" when an adverb opens the sentence, the Vorfeld
// subject, the perfect, and no speaker without the word the verb needs or
// inside a quotation.
func TestReflexiveSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ähnlich äußerte sich Mira Kolb.":                                          "Mira Kolb",
		"Zuvor hatte sich auch Ministerin Mira Kolb gegen den Plan ausgesprochen.": "Mira Kolb",
		"Bürgermeister Jonas Brenner zeigte sich zufrieden mit dem Ergebnis.":      "Jonas Brenner",
		"Ole Wendt, Chef des Vereins, hat sich gegen den Plan ausgesprochen.":      "Ole Wendt",
		"Zwei Angeklagte bekannten sich schuldig.":                                 "",
		"Im Test zeigte sich ein Fehler im Programm.":                              "",
		"„Die Stadt bekennt sich zur Schule“, steht auf dem Plakat.":               "",
	})
}
