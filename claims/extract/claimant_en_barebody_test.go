package extract

import "testing"

// TestBareBodyNounEN checks that "the company said" in a text that names
// no company gives no claimant rather than the common noun, while a body
// the text named is still found and "police" stays.
func TestBareBodyNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Passengers were given hotel rooms, the company said.":                                         "",
		"The agency said the water in the reservoir was safe to drink.":                                "",
		"Harbor Foods Inc. said it would cut 300 jobs. Drivers will get a bonus, the company said.":    "Harbor Foods Inc",
		"The Norland Ministry of Health said the water was safe. Tests will go on, the ministry said.": "Norland Ministry of Health",
		"The police said the driver of the van had been drinking.":                                     "police",
	})
}
