package extract

import "testing"

// TestStanceVerbEN checks "expects", "hopes" and "made clear" as verbs of
// taking a position whose subject is the claimant, and not an intention
// ("hopes to"), a noun ("in hopes") or a passive ("is expected").
func TestStanceVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Lindvale port authority expects fares to rise by a tenth.":           "Lindvale port authority",
		"Mayor Ana Quillon hopes the new ferry will cut travel times by a third.": "Ana Quillon",
		"Councilwoman Greta Vardell made clear that the city would not pay.":      "Greta Vardell",
		"Greta Vardell hopes to win the seat in May.":                             "",
		"Fishermen left the harbor in hopes of a better catch.":                   "",
		"The ferry is expected to carry 40,000 people a year.":                    "",
	})
}
