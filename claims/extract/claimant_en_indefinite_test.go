package extract

import "testing"

// TestIndefiniteSpeakerEN checks that an indefinite pronoun is no
// claimant, and that a turn of a transcript keeps its speaker past one.
func TestIndefiniteSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The depot will close in May. Nobody asked the drivers what they thought.":                              "",
		"Five questions for the new harbour master":                                                             "",
		"Everyone says the depot will close in May.":                                                            "",
		"PRESENTER MILO KRANTZ: Go ahead, Nora.\n\nNORA: The depot is closing. Nobody asked the drivers first.": "Nora",
	})
}
