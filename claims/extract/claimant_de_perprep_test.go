package extract

import "testing"

// TestPerPrepositionDE checks that a Vorfeld opened by "per" or "via"
// ("Per Mail berichtet er …") is no speaker: the subject follows the verb.
func TestPerPrepositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ole Brix lebt in Kalben. Per Mail berichtet er der Zeitung davon.": "Ole Brix",
		"Via Video erklärte die Ministerin Vera Lindt ihren Plan.":          "Vera Lindt",
	})
}
