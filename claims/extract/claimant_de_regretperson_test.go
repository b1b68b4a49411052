package extract

import "testing"

// TestRegretPersonDE checks that a person the text names who regrets
// something ("Die Dezernentin Greta Ulm bedauerte die Entscheidung")
// takes a position: the person is the claimant, as a body is.
func TestRegretPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kulturdezernentin Greta Ulm bedauerte die Entscheidung des Stadtrats.": "Greta Ulm",
		"Die Schließung bedauert Ole Brix, der Wirt des Lokals.":                "Ole Brix",
	})
}
