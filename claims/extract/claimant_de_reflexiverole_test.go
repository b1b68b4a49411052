package extract

import "testing"

// TestReflexiveRoleDE checks that a role noun or a plural group that
// "zeigt sich" in an attitude is the speaker, and that "setzte sich gegen
// … durch" (prevailed) takes no position.
func TestReflexiveRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Präsidentin zeigte sich zuversichtlich, dass die Gespräche gelingen.": "Präsidentin",
		"Analysten der Sparkasse zeigten sich wenig überrascht.":                   "Analysten der Sparkasse",
		"Der Verband setzt sich für längere Fristen ein.":                          "Verband",
		"Die Mannschaft setzte sich gegen den Favoriten durch.":                    "",
	})
}
