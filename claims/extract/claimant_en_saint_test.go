package extract

import "testing"

// TestSaintNameEN checks that a body or place whose name opens with "St."
// keeps the abbreviation as claimant, and that a person named like the
// rest of it elsewhere in the sentence does not get it.
func TestSaintNameEN(t *testing.T) {
	const before = "Rain fell on the harbor on Monday. "
	checkLast(t, "en", map[string]string{
		before + "St. Orwin's Hospital said the east wing had reopened.":                     "St. Orwin's Hospital",
		before + "In a statement, St. Aldric Medical Center said two wards were closed.":     "St. Aldric Medical Center",
		before + "Tom Brill, who works at a bakery near St. Anne's Square, said it was hit.": "Tom Brill",
	})
}
