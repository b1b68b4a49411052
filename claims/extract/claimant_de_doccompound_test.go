package extract

import "testing"

// TestDocCompoundDE checks that a compound of a document noun, a letter or
// a test as the subject is no claimant, while a body that reports is.
func TestDocCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Prüfbericht schildert nun genau die Fehler, die zu dem Brand in Talheim führten.": "",
		"Ein Bluttest bestätigte die Identität des Mannes aus Talheim.":                        "",
		"Die Feuerwehr Talheim bestätigte die Identität des Mannes.":                           "Feuerwehr Talheim",
	})
}
