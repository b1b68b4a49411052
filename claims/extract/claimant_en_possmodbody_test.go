package extract

import "testing"

// TestPossessiveModifiedBodyEN checks a body named by a possessive, lower-
// case modifiers and a noun for a public body ("Vandoria's foreign
// ministry said"): the phrase as written is the claimant, the same words
// with a straight or a curly apostrophe; the country alone did not speak.
func TestPossessiveModifiedBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Vandoria's foreign ministry said the ambassador had been summoned.":       "Vandoria's foreign ministry",
		"Vandoria’s foreign ministry said the ambassador had been summoned.":       "Vandoria’s foreign ministry",
		"The ambassador was summoned, Vandoria’s foreign ministry said on Monday.": "Vandoria’s foreign ministry",
		"Port Kelby's harbour safety board said the ferry had been overloaded.":    "Port Kelby's harbour safety board",
		"Vandoria's foreign minister said the ambassador had been summoned.":       "",
		"Vandoria's foreign ministry summoned the ambassador on Monday.":           "",
		"Vandoria's immigration agency added more checkpoints on the coast road.":  "",
		"Vandoria's immigration agency added that more checkpoints were planned.":  "Vandoria's immigration agency",
	})
}
