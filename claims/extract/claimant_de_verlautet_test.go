package extract

import "testing"

// TestVerlautetSourceDE checks that the source of "verlauten" after "aus"
// is the claimant, before or after the verb.
func TestVerlautetSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Aus dem Finanzministerium verlautete, man wolle die Steuer nicht erhöhen.": "Finanzministerium",
		"Die Reform kommt. Das verlautete am Montag aus dem Finanzministerium.":     "Finanzministerium",
		"Über die Kosten verlautete zunächst nichts.":                               "",
	})
}
