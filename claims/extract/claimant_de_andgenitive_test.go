package extract

import "testing"

// TestAndGenitiveSourceDE checks two sources in the genitive joined by
// "und" after a noun of communication: both are claimants, but a genitive
// inside the first source's name stays one source.
func TestAndGenitiveSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben des Umweltamts und des Bauamts wird die Halle geschlossen.": "Umweltamt; Bauamt",
		"Laut Angaben der Polizei und der Feuerwehr wurde niemand verletzt.":      "Polizei; Feuerwehr",
		"Nach Angaben des Verbands der Imker und der Gärtner fehlt Personal.":     "Verband der Imker",
		"Nach Angaben der Polizei wurde niemand verletzt.":                        "Polizei",
	})
}
