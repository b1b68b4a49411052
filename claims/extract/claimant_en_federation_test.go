package extract

import "testing"

// TestFederationNounEN checks "the federation/association/league said"
// as descriptions of a body named before.
func TestFederationNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbor Rugby Federation banned him on Monday. The federation said the tackle was bad.":        "Harbor Rugby Federation",
		"The Tarrow Growers Association met on Monday. The association said prices had fallen by a third.": "Tarrow Growers Association",
	})
}
