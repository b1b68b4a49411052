package extract

import "testing"

// TestPossessiveSurnameEN checks that "<place or body>’s <surname>" is the
// person the text named in full by that surname, and that a possessive
// before a body's name or an unknown surname stays as it was.
func TestPossessiveSurnameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor Watch director Tom Bell toured the pier. As it turns out, says Harbor Watch's Bell, the pier is safe.": "Tom Bell",
		"President Ann Lee met the board on Monday. Norland’s Lee says the toll will rise.":                            "Ann Lee",
		"President Ann Lee met the board on Monday. Norland’s Foreign Ministry says the toll will rise.":               "Norland’s Foreign Ministry",
	})
}
