package extract

import "testing"

// TestLeagueBodyEN checks that "the league said" gives a sports
// federation named before by its full name only.
func TestLeagueBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Tarnish Valley Hockey Federation fined the club on Monday. The league said the penalty was final.":                                             "Tarnish Valley Hockey Federation",
		"The Orrin Rugby Federation suspended two players. The league said they had broken the rules.":                                                      "Orrin Rugby Federation",
		"The Brenna Sports Institute said injuries had risen. The Orrin Rugby Federation suspended two players. The league said they had broken the rules.": "Orrin Rugby Federation",
	})
}
