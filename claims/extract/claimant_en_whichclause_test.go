package extract

import "testing"

// TestRelativeObjectEN checks a verb of saying in a relative clause whose
// "which" is the verb's object as narration with no claimant, and a
// speaker's clause about the noun ("which she says is …") as a claim.
func TestRelativeObjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Velden ferry pier, which Mayor Lina Ortez pledged to rebuild, stayed closed all winter.": "",
		"The council sent the harbor plan back, which its chairman Tomas Brill later denied.":         "",
		"The harbor toll, which Mayor Lina Ortez says is far too high, rose again in May.":            "Lina Ortez",
		"Tessa Brun said the pier, which the council closed in March, would reopen in the summer.":    "Tessa Brun",
	})
}
