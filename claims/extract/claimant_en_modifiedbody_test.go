package extract

import "testing"

// TestBodyCollectiveEN checks that a lower-case description of a public
// body that speaks, with a modifier ("the planning inspectorate", "the
// national weather service"), is the claimant when no named body was
// quoted before it, and that "It said" then refers to it.
func TestBodyCollectiveEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The toll bridge will close for a month, the regional transport authority said on Monday.":       "regional transport authority",
		"A builder lost its appeal, the planning inspectorate said.":                                     "planning inspectorate",
		"The coastal weather service warned that gales were likely. It said ferries could be cancelled.": "coastal weather service",
		"The energy regulator said prices would fall in the spring.":                                     "energy regulator",
	})
}
