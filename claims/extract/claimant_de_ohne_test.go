package extract

import "testing"

// TestOhneNameDE checks a name of two nouns linked by "ohne" as the
// claimant, and "die Organisation" after the kind noun introduced it.
func TestOhneNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auch die Organisation „Lehrer ohne Zäune“ kritisierte am Freitag, dass 40 Schulen schließen.":                                    "Lehrer ohne Zäune",
		"In Talbach bestätigte die Hilfsorganisation Köche ohne Mauern, 40 Küchen seien zerstört.":                                        "Köche ohne Mauern",
		"Die Organisation Bäcker ohne Zunft erklärte, 40 Backstuben schließen. Die Organisation kritisierte die Regierung scharf.":        "Bäcker ohne Zunft",
		"Die Organisation Maler ohne Rahmen zählte 40 Angriffe. Die meisten hätten sich im Norden ereignet, teilte die Organisation mit.": "Maler ohne Rahmen",
	})
}
