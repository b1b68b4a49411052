package extract

import "testing"

// TestPartySubjectDE checks a known person with a party in parentheses
// before a verb of position, and that a
// parenthesis after a noun that names no person gives no speaker.
func TestPartySubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Landrätin Ilka Brenner (SPD) lehnt eine längere Sperrstunde ab.": "Ilka Brenner",
		"Stadtrat Olaf Wiesner (FDP) rechnet mit höheren Gebühren.":       "Olaf Wiesner",
		"Der Neubau (Baujahr 1990) rechnet sich nicht.":                   "",
	})
}
