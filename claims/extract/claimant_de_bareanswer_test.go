package extract

import "testing"

// TestBareAnswerDE checks that "antworten" with nothing answered in the
// unit names no claimant, while an answer in reported speech keeps the
// speaker.
func TestBareAnswerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auf den Brief des Bauamts hat die Wirtin Hanne Bolt bis heute nicht geantwortet.": "",
		"Die Wirtin Hanne Bolt antwortet erst nach einer langen Pause.":                    "",
		"Die Wirtin Hanne Bolt antwortete, der Saal sei schon vergeben.":                   "Hanne Bolt",
	})
}
