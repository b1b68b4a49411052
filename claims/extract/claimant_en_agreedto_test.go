package extract

import "testing"

// TestAgreedToEN checks "agreed to" a step as an act the author narrates,
// with no claimant; "agreed that …" keeps its speaker.
func TestAgreedToEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Velden and Harborton agreed to a truce in the ferry dispute.":       "",
		"The harbor court agreed to hear the ferry company's appeal in May.": "",
		"Velden mayor Tessa Brun agreed that the ferry fares were too high.": "Tessa Brun",
	})
}
