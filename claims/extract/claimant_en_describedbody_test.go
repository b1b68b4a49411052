package extract

import "testing"

// TestDescribedBodyEN checks that a body described by a modifier and never
// named before is the claimant in those words, and that a bare "the
// company said" names no one.
func TestDescribedBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Bread prices rose 18 percent since June, the central bank said.":                                                      "central bank",
		"The agriculture ministry said it would pay 120 million dollars. Bread prices rose 18 percent, the central bank said.": "central bank",
		"A civil rights group sued the city. The woman got a ticket, the rights group said.":                                   "",
		"Bread prices rose 18 percent since June, the company said.":                                                           "",
	})
}
