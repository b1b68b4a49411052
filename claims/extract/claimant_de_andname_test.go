package extract

import "testing"

// TestAndNameDE checks that a body named by a head noun and a remit joined
// by "und" is named whole, and that two bodies joined by "und" stay two.
func TestAndNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Einer Studie der Gewerkschaft Erziehung und Wissenschaft zufolge fehlen Lehrer.": "Gewerkschaft Erziehung und Wissenschaft",
		"Dem Verband Bildung und Erziehung zufolge fehlen Lehrer.":                        "Verband Bildung und Erziehung",
		"Die Stadt und der Landkreis fordern mehr Geld.":                                  "Stadt; Landkreis",
	})
}
