package extract

import "testing"

// TestFuerRemitNameDE checks an office with its remit after "für" before a
// name, the office a compound the lexicon does not list as a role: the
// remit is no part of the name.
func TestFuerRemitNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der EU-Kommissar für Energie Jan Roth nannte den Beschluss einen fairen Kompromiss.": "Jan Roth",
		"Der Minister für Verkehr Jan Roth nannte den Beschluss fair.":                        "Jan Roth",
	})
}
