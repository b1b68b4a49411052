package extract

import "testing"

// TestItSubjectBodyEN checks that a name whose reported clause opens with
// "it" as its subject is a body for a later "the company said", and that
// the empty "it" of "it was" does not make a person a body.
func TestItSubjectBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Nurses walked out on Friday. The union said staffing was poor. Halden Health said it had offered a raise. The company said it had hired 600 nurses.": "Halden Health",
		"Westport said it would appeal the ban. Brenn Logistics said it stood by the player. The company said it had no plans to end its contract.":           "Brenn Logistics",
		"Harbor Foods said its profit fell. Ann Lee said it was a sad day. The company said demand had fallen.":                                               "Harbor Foods",
	})
}
