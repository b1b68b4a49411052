package extract

import "testing"

// TestBaseNounEN: a base form of a verb of saying read as a noun opens
// no group's claim; the verb after a plural keeps it.
func TestBaseNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Pension rules for retired pilots change from state to state.": "",
		"Harbor towns lose ferries. Critics of the plan say the fares are too high.":              "Critics of the plan",
	})
}
