package extract

import "testing"

// TestWhichBodyEN checks that a claimant written before ", which" is a body
// a later "the company said" refers to, and that one before ", who" is not.
func TestWhichBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Copper Lantern, which makes video games, said 180 workers would lose their jobs.\n\nThe company said the cuts followed weak sales.": "Copper Lantern",
		"Marsh Hollow (MH), which runs two clinics, said it had hired nurses. The organization said the clinics were full.":                  "Marsh Hollow",
		"Dara Quill, who runs the studio, said the studio had cut 180 jobs. The company said the cuts followed weak sales.":                  "",
		"Copper Lantern said the studio had cut 180 jobs, which was a fifth of its staff. The company said the cuts followed weak sales.":    "",
	})
}
