package extract

import "testing"

// TestOneFirmEN checks two single names joined by "and" before "said it":
// one firm; two people named in full stay two claimants.
func TestOneFirmEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Shares fell on Monday. Marlow and Pike said it would close two plants.": "Marlow and Pike",
		"The talks failed. Ann Lee and Tom Bell said it was unclear.":            "Ann Lee; Tom Bell",
	})
}
