package extract

import "testing"

// TestNegatedSayEN checks that a group or body that did not respond is no
// claimant, that its name is not read up to the verb, and that a plural
// noun after a negated verb is no verb of saying.
func TestNegatedSayEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Rain fell. Officials at the Department of Housing did not respond to requests for comment.": "",
		"Rain fell. Officials at the agency did not immediately respond.":                            "",
		"Rain fell. A spokeswoman for the firm did not return calls.":                                "",
		"Rain fell. Officials at the agency have said the aid was on its way.":                       "Officials at the agency",
	})
}
