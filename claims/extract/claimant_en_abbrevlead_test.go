package extract

import "testing"

// TestAbbrevLeadEN checks a source after "according to" that opens with
// an abbreviation written with stops.
func TestAbbrevLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier was tested twice, according to U.S. officials.":              "U.S. officials",
		"The pier was tested twice, according to Dora Vance of the U.S. Army.": "Dora Vance",
	})
}
