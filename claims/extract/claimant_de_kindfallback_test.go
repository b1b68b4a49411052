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

// TestKindFallbackPersonDE checks that a kind noun does not stand for a
// person named last ("Der Verein teilte mit" after the coach spoke).
func TestKindFallbackPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der SV Kalben hat gewonnen. Trainerin Mara Lenz lobte das Team. Der Verein teilte am Abend mit, dass Weil bleibt.": "Verein",
	})
}
