package extract

import "testing"

// TestAndBodyNoteEN checks that a quoted body whose name is joined by
// "and" and ends in an abstract noun is what a later "the agency said"
// refers to.
func TestAndBodyNoteEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor Tolls and Bridge Protection said in a statement that the ferry fare would rise.\n\nThe agency said tolls paid for two new piers.": "Harbor Tolls and Bridge Protection",
		"Marsh Fire and Rescue Protection said the blaze was out.\n\nThe agency said two homes burned.":                                           "Marsh Fire and Rescue Protection",
	})
}
