package extract

import "testing"

// TestPossessiveCutEN checks a name run that opens with a person's name in
// the possessive: what the person owns is no part of a name, and a later
// source named by that word alone stays itself.
func TestPossessiveCutEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Lee's Harlow approval rating was high. It fell to 30 percent, according to Harlow.": "Harlow",
		"Norland’s Foreign Ministry said the talks would go on.":                             "Norland’s Foreign Ministry",
		"Ann Lee's office closed. “We will reopen,” said Ann Lee.":                           "Ann Lee",
	})
}
