package extract

import "testing"

// TestPlaceAfterInDE checks that a place after "in" before the verb is no
// speaker.
func TestPlaceAfterInDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Grenze bleibt offen, wie ein Sprecher in Neu Dalheim sagte.":     "",
		"Die Grenze bleibt offen, wie Diplomaten in Neu Dalheim berichteten.": "Diplomaten",
	})
}
