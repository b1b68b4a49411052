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

// TestDescribedPersonRoleLateEN checks that a role after a body's name
// ("A Harbor University spokesman") also makes the claimant a person.
func TestDescribedPersonRoleLateEN(t *testing.T) {
	if !describedPersonEN("A Harbor University spokesman") || describedPersonEN("The Harbor University") {
		t.Error("A Harbor University spokesman: want a person; The Harbor University: want none")
	}
}
