package extract

import "testing"

// TestEchoVouchEN checks "echoed", "vouched for" and "remembers" as verbs
// whose subject is the claimant when the unit has no other verb of
// saying.
func TestEchoVouchEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Councilwoman Greta Vardell echoed that warning at the meeting.":                   "Greta Vardell",
		"Harbor master Tom Ashgrove vouched for the safety of the new pier.":               "Tom Ashgrove",
		"Ruth Amberly, a retired teacher, remembers the night the river flooded the mill.": "Ruth Amberly",
	})
}
