package extract

import "testing"

// TestGenitiveTailDE checks a body named by a noun and a genitive of a
// noun of role right before the verb.
func TestGenitiveTailDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Vereinigung der Fluglotsen warnte vor langen Wartezeiten.": "Vereinigung der Fluglotsen",
		"Der Verein der Schiedsrichter kritisierte die neuen Regeln.":   "Verein der Schiedsrichter",
		"Die Vereinigung warnte vor langen Wartezeiten.":                "Vereinigung",
	})
}
