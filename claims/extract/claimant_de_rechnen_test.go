package extract

import "testing"

// TestRechnenHerausfindenDE checks "rechnet mit" of a body or group and
// "fand heraus" as verbs of reporting.
func TestRechnenHerausfindenDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Verband der Bauindustrie rechnet mit einem Rückgang von zehn Prozent.": "Verband der Bauindustrie",
		"Ökonomen rechnen mit einer Rezession.":                                     "Ökonomen",
		"Die Forscherin Mia Falk fand heraus, dass die Zahl der Bienen sank.":       "Mia Falk",
		"Die Forscherin Mia Falk fand den Fehler.":                                  "",
	})
}
