package extract

import "testing"

// TestReactionSourceDE checks that the source a reaction "comes from" is
// the claimant.
func TestReactionSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kritik kam auch von der FDP.":           "FDP",
		"Scharfe Kritik kam aus der Opposition.": "Opposition",
		"Widerspruch kommt vom Städtetag.":       "Städtetag",
		"Lob kam von Bürgermeisterin Eva Roth.":  "Eva Roth",
		"Der Regen kam von Westen.":              "",
		"Unterstützung kommt aus der Türkei.":    "",
	})
}
