package extract

import "testing"

// TestDescribedPersonNoBodyEN checks that "A spokesman for the … office"
// is not the body a later "the ministry said" refers to.
func TestDescribedPersonNoBodyEN(t *testing.T) {
	const before = "The dam inquiry opened on Monday. A spokeswoman for the governor's office said the report was late. "
	checkLast(t, "en", map[string]string{
		before + "The water ministry said it had sent all its files.": "water ministry",
	})
}
