package extract

import "testing"

// TestOwnCorrespondentEN checks "Our correspondent (in a place) reports":
// the correspondent, not the place.
func TestOwnCorrespondentEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Our correspondent in Lindport reports long queues at the border.":    "correspondent",
		"Our reporter at Milbury station says 300 people are waiting.":        "reporter",
		"Our correspondent reports that 40 houses were damaged in the storm.": "correspondent",
	})
}
