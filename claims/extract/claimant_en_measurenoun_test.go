package extract

import "testing"

// TestMeasureNounEN checks that a word in "-s" a number counts ("by 58
// points") is no verb of saying, and that a poll's "showed" then gives
// the claimant; "points" with no number before it keeps its verb.
func TestMeasureNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The council met. Ann Lee won by 58 points in her run for mayor.":             "",
		"The count ended. Tom Bell lost the race by six percentage points.":           "",
		"The vote is near. A Harbor Post poll showed Ann Lee ahead by three points.":  "Harbor Post poll",
		"The council met. Ann Lee points to the cost of the new pier in Harbor City.": "Ann Lee",
	})
}
