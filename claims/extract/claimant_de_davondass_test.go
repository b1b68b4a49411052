package extract

import "testing"

// TestDavonDassDE checks the subject of "geht davon aus, dass" as the
// claimant whatever its form, and that "von X aus" of a thing stays none.
func TestDavonDassDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Hafen fehlen Kräne. Der Kreistag geht nun davon aus, dass 300 Stellen fehlen.": "Kreistag",
		"Auch Nordwerk ging davon aus, dass die Produktion um ein Drittel steigt.":         "Nordwerk",
		"Die größte Gefahr geht vom Hochwasser aus.":                                       "",
	})
}
