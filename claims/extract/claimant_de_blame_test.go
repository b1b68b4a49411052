package extract

import "testing"

// TestBlameDE checks "macht … für … verantwortlich" (blames: an
// allegation, its subject the claimant) for a known person, a body and a
// group, and "machte … öffentlich, dass …".
func TestBlameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ärztin Jana Velten leitet die Klinik. Velten macht den Personalmangel für die langen Wartezeiten verantwortlich.": "Jana Velten",
		"Die Bürgerinitiative machte dafür die Stadtwerke verantwortlich.":                                                     "Bürgerinitiative",
		"Im Mai machte die Sängerin Jana Velten deutlich, dass sie ihre Tournee absagt.":                                       "Jana Velten",
	})
}
