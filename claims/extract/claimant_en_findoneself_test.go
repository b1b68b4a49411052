package extract

import "testing"

// TestFindOneselfEN checks that "found herself …" and "found it
// difficult …" give no claimant, while "found that …" and "found it
// was …" keep the finder's claim.
func TestFindOneselfEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The vote was close. Ann Lee found herself in a dispute with the Harbor City council.": "",
		"The vote was close. Tom Bell found it difficult to win the Harbor City race.":         "",
		"The vote was close. Ann Lee found that the Harbor City council had broken the rules.": "Ann Lee",
		"The vote was close. Tom Bell found it was too late to change the Harbor City rules.":  "Tom Bell",
	})
}
