package extract

import "testing"

// TestOpenApposSpeakerEN checks the name after a quotation when the
// apposition after it lacks its closing comma before the verb of saying.
func TestOpenApposSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“Harbor needs a strategy for the toll,” Tom Bell, the polling guru who founded harborpolls.com tweeted on Wednesday.": "Tom Bell",
		"“We have not been briefed,” said Tom Bell, a spokesman for the mayor.":                                                "Tom Bell",
	})
}
