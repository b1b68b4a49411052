package extract

import "testing"

// TestTopicClauseDE checks that a verb of saying before an indirect
// question gives no claimant, while its subject speaks the quotation that
// follows.
func TestTopicClauseDE(t *testing.T) {
	const topic = "Die Ärztin Eva Roth erklärt, wie der Test geht."
	checkLast(t, "de", map[string]string{
		topic: "",
		topic + " „Man nimmt einen Abstrich aus dem Rachen und wartet eine Viertelstunde.“": "Eva Roth",
		"Die Ärztin Eva Roth erklärt, der Test gehe schnell.":                               "Eva Roth",
	})
}
