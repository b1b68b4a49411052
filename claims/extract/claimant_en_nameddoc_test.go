package extract

import "testing"

// TestNamedIssuerBeforeEN checks a document whose issuer is named between
// "a" and the noun ("a Norvale Civic Institute poll"): a later "the poll
// found" speaks for it, but only when the unit that brought it up gives
// that name as its claimant.
func TestNamedIssuerBeforeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fewer people in Talvik ride the ferry, according to a Norvale Civic Institute poll. The poll also found that most riders take the bus.":                  "Norvale Civic Institute",
		"Fewer people in Talvik ride the ferry, according to a new Harrow Transit Board survey. The survey said that most riders take the bus.":                   "Harrow Transit Board",
		"Mayor Ivo Brandt cited a Norvale Civic Institute poll on Monday, his office said. The ferry left at noon. The poll found that most riders take the bus.": "",
	})
}
