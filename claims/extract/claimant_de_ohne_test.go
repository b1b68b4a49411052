package extract

import "testing"

// TestOhneNameDE checks a name of two nouns linked by "ohne" as the
// claimant, and "die Organisation" after the kind noun introduced it.
func TestOhneNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Organisation „Lehrer ohne Grenzen“ weist darauf hin, dass 40 Schulen geschlossen wurden.":                                      "Lehrer ohne Grenzen",
		"Die Hilfsorganisation Köche ohne Grenzen teilte mit, dass 40 Küchen geschlossen wurden.":                                           "Köche ohne Grenzen",
		"Die Organisation Bäcker ohne Grenzen teilte mit, dass 40 Backstuben schließen. Die Organisation kritisierte die Regierung scharf.": "Bäcker ohne Grenzen",
	})
}
