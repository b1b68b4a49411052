package extract

import "testing"

// TestProgressiveCallEN checks "is calling" before the person or body
// called something or before a demand, and "is declaring that", as verbs
// of taking a position whose subject is the claimant; not "is calling a
// meeting", "were calling every day" or "is declaring war".
func TestProgressiveCallEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ann Quillon is calling Harbor Council leader Tom Brill “a coward” after the vote.": "Ann Quillon",
		"Senator Greta Vardell is calling for a recount in three counties.":                       "Greta Vardell",
		"Senator Greta Vardell is calling on the council to publish the ferry accounts.":          "Greta Vardell",
		"Ann Quillon is declaring that she has won the seat by 400 votes.":                        "Ann Quillon",
		"The Lindvale port authority is calling a meeting for Monday.":                            "",
		"The families were calling every day about the delays.":                                   "",
		"The rebels are declaring war on the port towns.":                                         "",
	})
}
