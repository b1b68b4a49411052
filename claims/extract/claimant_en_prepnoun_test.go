package extract

import "testing"

// TestPrepositionNounEN checks that a verb form in -s right after a
// preposition ("with questions", "with claims") is a plural noun, so the
// body before it is no speaker.
func TestPrepositionNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbor Times moderators came prepared with questions that seemed to be written for Lee.": "",
		"The Harbor Times editors were flooded with claims that the vote was rigged.":                 "",
		"The Harbor Times reports that the vote was rigged.":                                          "The Harbor Times",
	})
}
