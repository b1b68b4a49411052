package extract

import "testing"

// TestPassiveByEN: a noun before a participle of a verb of saying with
// "by" after it is no claimant; the same verb in the active keeps its
// subject.
func TestPassiveByEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The council allowed ferries to skip the pier, a practice criticized by Ann Lee and some dockers.": "",
		"Last year, harbor authorities worried by the rise in fares contacted the ferry owners.":           "",
		"The dockers and other unions backed by the council have no choice but to agree.":                  "",
		"Harbor officials criticized the plan on Monday.":                                                  "Harbor officials",
	})
}
