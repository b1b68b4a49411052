package extract

import "testing"

// TestAccordingOfAndEN checks that the name of a body with "of" and "and"
// after "according to" is whole, and that a name after "and" which does
// not end the clause is left out.
func TestAccordingOfAndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Delays rose by 4 percent, according to the Office of Canals and Locks.":                "Office of Canals and Locks",
		"According to the Board of Ports and Harbours, 11 percent of crossings were cancelled.": "Board of Ports and Harbours",
		"Delays rose by 4 percent, according to the Office of Canals and Ann Lee said more.":    "Office of Canals",
	})
}
