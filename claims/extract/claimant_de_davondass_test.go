package extract

import "testing"

// TestDavonDassDE checks the subject of "geht davon aus, dass" as the
// claimant whatever its form, and that "von X aus" of a thing stays none.
func TestDavonDassDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Senat geht davon aus, dass im Hafen 300 Stellen fehlen.":              "Senat",
		"Auch Nordwerk ging davon aus, dass die Produktion um ein Drittel steigt.": "Nordwerk",
		"Die größte Gefahr geht vom Hochwasser aus.":                               "",
	})
}
