package extract

import "testing"

// TestPassiveByEN: a noun before a participle of a verb of saying with
// "by" after it is no claimant; the same verb in the active keeps its
// subject.
func TestPassiveByEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Ferry owners criticized by the mayor raised fares again.": "",
		"Harbor towns lose ferries. Pilots backed by the union want shorter shifts.":          "",
		"Harbor towns lose ferries. Harbor officials criticized the plan on Monday.":          "Harbor officials",
	})
}
