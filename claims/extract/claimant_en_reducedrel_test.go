package extract

import "testing"

// TestReducedRelativeEN checks that a source after "according to" ends
// before a past participle that tells when or where it appeared.
func TestReducedRelativeEN(t *testing.T) {
	const before = "Bread prices rose again. "
	checkLast(t, "en", map[string]string{
		before + "Flour costs doubled, according to a survey released on Monday.":    "survey",
		before + "Rents climbed fastest, according to an analysis posted last week.": "analysis",
	})
}

// TestReducedRelativeKeepsEN checks that a participle other than one of
// publishing stays in the described source.
func TestReducedRelativeKeepsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Bread prices rose again. Flour will cost more, according to traders briefed on the talks.": "traders briefed on the talks",
	})
}
