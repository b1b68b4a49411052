package extract

import "testing"

// TestPartyTagOwnerEN checks that a lawmaker's party-and-state tag set off
// by commas gives the lawmaker named before it.
func TestPartyTagOwnerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The issue is about “whether the pier should close,” Rep. Dora Vance, R-Maine, said Thursday morning.": "Dora Vance",
		"Rep. Dora Vance, D-Maine, a daughter of fishermen, demanded the board apologize.":                     "Dora Vance",
	})
	if partyTagEN("Dora Vance") || !partyTagEN("D-Calif.") {
		t.Error("partyTagEN: wrong shape")
	}
}
