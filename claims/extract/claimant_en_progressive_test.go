package extract

import "testing"

// TestProgressiveSpeechEN checks a verb of saying or of taking a position
// in the progressive ("Ann Lee is criticizing …", "the union is accusing
// …"): the subject before the form of "be" is the claimant; a
// progressive of acting ("is pushing", "is asking") names nobody.
func TestProgressiveSpeechEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Port Kelby Mayor Ann Lee is criticizing the council as weak on crime.":    "Ann Lee",
		"Ann Lee is accusing the council of wasting money on the pier.":            "Ann Lee",
		"Ann Lee also is stressing that the pier will reopen in May.":              "Ann Lee",
		"Ann Lee was defending the budget against attacks from the council.":       "Ann Lee",
		"The Harbor Union is warning that the ferry will be late.":                 "Harbor Union",
		"Ann Lee is pushing the council to raise the toll.":                        "",
		"The Harbor Union is blasting out leaflets about the ferry to every home.": "",
		"Ann Lee is asking the council for more money.":                            "",
	})
}
