package extract

import "testing"

// TestRegardSpeakerEN checks a known person as subject of a verb of
// regarding with "as": the person takes a position; an unknown subject,
// a thing as subject or no "as" gives none.
func TestRegardSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ruth Okafor opened the pier in May. Okafor sees the new ferry fees as a tax on commuters.":    "Ruth Okafor",
		"Mayor Ruth Okafor opened the pier in May. Okafor viewed the toll plan as a mistake from the start.": "Ruth Okafor",
		"Mayor Ruth Okafor opened the pier in May. Okafor dismissed the toll report as guesswork by rivals.": "Ruth Okafor",
		"Mayor Ruth Okafor opened the pier in May. Okafor branded the toll plan as a gift to her rivals.":    "Ruth Okafor",
		"Mayor Ruth Okafor opened the pier in May. Okafor saw the ferry leave the harbor at noon.":           "",
		"Mayor Ruth Okafor opened the pier in May. The Harbor sees the ferry fees as a tax on commuters.":    "",
	})
}
