package extract

import "testing"

// TestDateNoClaimant checks that a date opening a sentence is never its
// claimant, that a German subject after such a date is found, and that a
// date in the possessive is cut from a name.
func TestDateNoClaimant(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gemeinde Ostwald plant einen Radweg. Letzten Dienstag kündigte die Gemeinde an, die Gebühren zu erhöhen.": "Gemeinde",
		"Vergangene Woche teilte der Verband mit, die Zahl der Mitglieder sei gesunken.":                               "Verband",
		"Anfang März erklärte das Landesamt, die Werte lägen im Rahmen.":                                               "Landesamt",
		"Bislang schreibt die Satzung eine Versammlung vor.":                                                           "",
	})
	checkLast(t, "en", map[string]string{
		"The town of Ostby plans a cycle path. Last March, the town said the path would open in June.": "",
		"Last Tuesday the ministry announced that fees would rise.":                                    "",
		"Wednesday's Harlow Post poll found that 45 percent of voters backed the plan.":                "Harlow Post",
	})
	for name, want := range map[string]bool{"Last March": true, "Letzten Dienstag": true, "Anfang 2021": false,
		"Ende des Monats": true, "Jan Sommer": false, "Bild am Sonntag": false, "Bislang": false} {
		if got := dateOnlyName(name); got != want {
			t.Errorf("dateOnlyName(%q) = %v, want %v", name, got, want)
		}
	}
}
