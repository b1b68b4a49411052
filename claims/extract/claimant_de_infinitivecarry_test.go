package extract

import "testing"

// TestInfinitiveCarryDE checks reported speech whose only verb of saying
// is an infinitive (invented sentences): after a colon that opens a list
// of instructions or after a modal verb it names no speaker, and the unit
// goes on in the last speaker's voice; a finite verb after a pronoun does
// not.
func TestInfinitiveCarryDE(t *testing.T) {
	const opening = "Bernd Kolb leitet die Wasserwacht in Harbor City. Kolb betont, das Eis sei noch zu dünn. "
	checkLast(t, "de", map[string]string{
		opening + "Im Unglücksfall gelte als oberste Richtlinie: Hilfe holen und schnell die 112 rufen.": "Bernd Kolb",
		opening + "Im Notfall müsse die Stadt sofort die Feuerwehr rufen.":                               "Bernd Kolb",
		opening + "Im Notfall gelte als Richtlinie: Wer ins Eis einbricht, den soll man nicht rufen.":    "",
	})
}

// TestBareParticipleCarryDE checks reported speech whose only verb of
// saying is a bare participle in a "wie" clause (invented sentences): the
// unit goes on in the last speaker's voice; a "wie" clause with a subject
// names its own.
func TestBareParticipleCarryDE(t *testing.T) {
	const opening = "Bernd Kolb leitet die Wasserwacht in Harbor City. Kolb betont, das Eis sei noch zu dünn. "
	checkLast(t, "de", map[string]string{
		opening + "Nun brauche die Stadt, wie jetzt gefordert, mehr Retter am See.":            "Bernd Kolb",
		opening + "Nun brauche die Stadt, wie die Feuerwehr jetzt gefordert hat, mehr Retter.": "Feuerwehr",
	})
}
