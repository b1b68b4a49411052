package extract

import "testing"

// TestPossessiveBodyEN checks that a country's body with lower-case
// modifiers in the possessive is the claimant as written.
func TestPossessiveBodyEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "Marovia's foreign ministry said it would file a complaint.":        "Marovia's foreign ministry",
		before + "“We will appeal,” Kestoria’s health ministry said in a statement.": "Kestoria’s health ministry",
		before + "Ostland's transport regulator has said the ferries were safe.":     "Ostland's transport regulator",
	})
}

// TestPossessiveBodyAddedEN checks that "added" with an object after a
// body in the possessive names no claimant.
func TestPossessiveBodyAddedEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Snow fell across the north on Sunday. Marovia's port authority added two berths for the ferries.": "",
	})
}
