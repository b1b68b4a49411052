package extract

import "testing"

// TestFirmNounDE checks that a general noun for a firm after a definite
// article names the firm the text named last, by its legal form, as a
// town's works or after another noun for a firm; a firm named by none of
// these keeps the bare noun.
func TestFirmNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Möbelhersteller Tannwald AG schließt zwei Filialen. Das Unternehmen teilte mit, die Mieten seien zu hoch.": "Tannwald AG",
		"Die Tannwald GmbH baut eine Halle. Der Konzern erklärte, man brauche mehr Platz.":                              "Tannwald GmbH",
		"Die Stadtwerke Obernau erhöhen die Preise. Das Unternehmen teilte mit, die Kosten seien gestiegen.":            "Stadtwerke Obernau",
		"Das Unternehmen Tannwald baut eine Halle. Der Konzern erklärte, man brauche mehr Platz.":                       "Tannwald",
		"In Obernau schließen zwei Filialen. Das Unternehmen teilte mit, die Mieten seien zu hoch.":                     "Unternehmen",
	})
}
