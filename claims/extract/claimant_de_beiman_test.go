package extract

import "testing"

// TestBeiManDE checks a verb of position with "man" after a body named
// with "bei": the body's view, and the preposition no part of a name.
func TestBeiManDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Beim Imkerverband sieht man das anders.":                   "Imkerverband",
		"Bei der Feuerwehr hält man den Plan für falsch.":           "Feuerwehr",
		"Beim Imkerverband sieht Jan Roth das anders.":              "Jan Roth",
		"Bei vielen Imkern sieht man das anders.":                   "",
		"Beim Imkerverband Nord sieht man das anders als der Bund.": "Imkerverband Nord",
	})
}
