package extract

import "testing"

// TestKindFallbackDE checks that a kind noun stands for the last claimant,
// a body named by its bare name, or for the name that opens its unit.
func TestKindFallbackDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Talbahn kündigte einen Notfahrplan an. Fahrgäste könnten ihr Ticket flexibel nutzen, teilte das Unternehmen mit.": "Talbahn",
		"Die Talbahn Nord stellt den Verkehr zwischen Kellau und Ostrach ein, wie das Unternehmen mitteilte.":                  "Talbahn Nord",
		"Der Flüchtlingsrat Nordmark kritisierte die Debatte. Die Zahlen seien gesunken, betonte die Organisation.":            "Flüchtlingsrat Nordmark",
	})
}
