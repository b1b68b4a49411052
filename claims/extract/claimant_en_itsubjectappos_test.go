package extract

import "testing"

// TestItSubjectApposEN checks the "it" of the reported clause marking a
// body when an apposition stands between its name and the verb.
func TestItSubjectApposEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Westport said it would appeal the ban. Brenn Logistics, the club's main sponsor, said it stood by the player. The company said it had no plans to end its contract.": "Brenn Logistics",
	})
}
