package extract

import "testing"

// TestDocumentWhenEN checks that words saying when a document came out,
// between its issuer's name and the verb, leave the issuer the claimant,
// and that other words there do not.
func TestDocumentWhenEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fares rose again. A survey by the Pellam Trust earlier this year found that fares had doubled.": "Pellam Trust",
		"Fares rose again. A report by the Rail Office in March showed that fares had doubled.":          "Rail Office",
		"Fares rose again. A report by the Rail Office on Tuesday found that fares had doubled.":         "Rail Office",
		"Fares rose again. A report by the Rail Office in the north found that fares had doubled.":       "",
	})
}
