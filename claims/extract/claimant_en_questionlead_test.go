package extract

import "testing"

// TestQuestionLeadEN checks (invented headings) that a question asking
// what someone says names no speaker.
func TestQuestionLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The levy starts in May.\n\nWhat do farmers say?":                  "",
		"The levy starts in May.\n\nWhat did the Farmers Guild say?":       "",
		"The levy starts in May.\n\nThe Farmers Guild said it was unfair.": "Farmers Guild",
	})
}
