package extract

import "testing"

// TestPluralNounEN checks plural nouns that double as verbs of saying
// ("reports", "charges", "tweets") before an auxiliary or after a
// quantifier as nouns, with no claimant; "Ann Lee reports that …" keeps
// its speaker.
func TestPluralNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Even so, the harbor fraud charges are serious for the ferry company.":    "",
		"The monthly ferry reports aren't telling the council much about safety.": "",
		"Many tweets used the slogan of the Velden ferry strike.":                 "",
		"Harbor inspector Pia Moll reports that the ferry's hull is cracked.":     "Pia Moll",
	})
}
