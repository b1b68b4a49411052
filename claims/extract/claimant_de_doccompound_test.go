package extract

import "testing"

// TestDocCompoundDE checks that a compound of a document noun, a letter or
// a test as the subject is no claimant, while a body that reports is.
func TestDocCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Prüfbericht nennt für Talheim elf Mängel an der Brücke.":                "",
		"Ein Schnelltest bestätigte am Morgen die Infektion im Talheimer Altenheim.": "",
		"Die Feuerwehr Talheim bestätigte die Identität des Mannes.":                 "Feuerwehr Talheim",
	})
}
