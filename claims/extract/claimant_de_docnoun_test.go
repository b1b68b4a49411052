package extract

import "testing"

// TestDocClaimantDE checks that a German document noun alone is no
// claimant, and that a named source still is.
func TestDocClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Statistik weist für die Stadt Harlingen elf neue Fälle aus.":             "",
		"Das Schreiben vom 3. Mai endete mit dem Satz: „Wir bleiben zuversichtlich.“": "",
		"Laut Jan Roth stieg die Zahl der Fälle um zehn Prozent.":                     "Jan Roth",
	})
}
