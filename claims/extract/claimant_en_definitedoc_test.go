package extract

import "testing"

// TestFirstDefiniteDocEN checks that a document the text brings up with
// "the" under a claimant, none of its kind named before, keeps that
// claimant as its issuer.
func TestFirstDefiniteDocEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tap water was unsafe on Tuesday. The Ardent Valley Health Authority said the advisory covered 42,000 homes. According to the advisory, water should be boiled.": "Ardent Valley Health Authority",
		"The pier closed on Monday. Ann Lee said the letter had reached the council. The letter said the pier was unsafe.":                                               "Ann Lee",
	})
}
