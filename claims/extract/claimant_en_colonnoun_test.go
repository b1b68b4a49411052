package extract

import "testing"

// TestColonNounEN checks that a capitalised plural right after a headline's
// colon ("Questions", "Claims") is a noun, so the words before the colon
// are no speaker, while a verb of saying later in the unit keeps its own.
func TestColonNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"NorthJet Flight 221: Questions over the landing":                   "",
		"Harbor Budget Office: Claims and facts about the levy":             "",
		"Harbor budget: Mayor Ann Lee says the levy will rise by 4 percent": "Ann Lee",
	})
}
