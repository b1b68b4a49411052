package extract

import "testing"

// TestAdjectiveAdverbDE checks that an adjective in "-isch" or of attitude
// that opens the sentence is no claimant: the subject after the verb is.
func TestAdjectiveAdverbDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kritisch äußert sich dagegen die Opposition.": "Opposition",
		"Skeptisch äußerte sich der Verband.":          "Verband",
	})
}
