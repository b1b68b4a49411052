package extract

import "testing"

// TestBaseNounEN: a base form of a verb of saying read as a noun opens
// no group's claim; the verb after a plural keeps it.
func TestBaseNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Ferry fares for retired dockers vary from state to state and town to town.":  "",
		"Harbor towns lose ferries. The dockers had won seats at the state convention, then voted for the plan.": "",
		"Harbor towns lose ferries. Critics of the plan say the fares are too high.":                             "Critics of the plan",
	})
}
