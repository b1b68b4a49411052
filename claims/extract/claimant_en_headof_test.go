package extract

import "testing"

// TestHeadOfBodyEN checks that "The head of <Body> testified/said" names
// the head, not the body.
func TestHeadOfBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The head of Dunmere Water testified on Tuesday that the pipes were safe.": "head of Dunmere Water",
		"The chief of the Norland Port Authority said the quay would reopen.":      "chief of the Norland Port Authority",
	})
}
