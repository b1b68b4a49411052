package extract

import "testing"

// TestFreeRelativeEN checks that a verb of saying in a clause opened by
// "whatever", "what" or an indefinite pronoun gives its subject no claim,
// while a naming verb ("what she called"), a verb before an auxiliary
// ("what she said is") and a plain report still do.
func TestFreeRelativeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Nora Fell chairs the dock board. Whatever Fell said on the radio, the board has raised the fees.": "",
		"Nora Fell chairs the dock board. A deal doesn't mean Fell withdraws everything she said.":         "",
		"Nora Fell chairs the dock board. Fell dismissed what she called a smear by the ferry owners.":     "Nora Fell",
		"Nora Fell chairs the dock board. Fell fought what she said is a toll on every family.":            "Nora Fell",
		"Nora Fell chairs the dock board. Fell said the board would raise the fees in June.":               "Nora Fell",
	})
}
