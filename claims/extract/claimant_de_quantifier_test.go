package extract

import "testing"

// TestQuantifierCutDE checks that a quantifier before a group is no part
// of the claimant.
func TestQuantifierCutDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Viele Landwirte kritisieren die neuen Auflagen.":                   "Landwirte",
		"Mehreren Studien zufolge sinkt die Zahl der Fälle.":                "Studien",
		"Die meisten Fachleute warnen vor einem schnellen Ende der Regeln.": "Fachleute",
	})
	for in, want := range map[string]string{"Viele Landwirte": "Landwirte", "Einige Ärzte; Jan Roth": "Ärzte; Jan Roth", "Viele": "Viele", "Jan Viele": "Jan Viele"} {
		if got := quantifierCutDE(in); got != want {
			t.Errorf("quantifierCutDE(%q) = %q, want %q", in, got, want)
		}
	}
}
