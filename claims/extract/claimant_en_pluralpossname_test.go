package extract

import "testing"

// TestPluralPossNameEN checks that a body's name holding a plural in the
// possessive is the claimant whole, from either side of the apostrophe,
// and that a person after a party's plural keeps their own name.
func TestPluralPossNameEN(t *testing.T) {
	const before = "Rain fell on the harbor on Monday. "
	checkLast(t, "en", map[string]string{
		before + "The Kelmont Nurses' Union said 300 shifts were unfilled.":                   "Kelmont Nurses' Union",
		before + "The Dock and Harbour Pilots' Association said two ships ran aground.":       "Dock and Harbour Pilots' Association",
		before + "The Fenley Ratepayers’ Alliance, a lobby group, said rates rose 9 percent.": "Fenley Ratepayers’ Alliance",
		before + "The Liberals' Ann Corrow said the bridge had cost £40 million.":             "Ann Corrow",
	})
}
