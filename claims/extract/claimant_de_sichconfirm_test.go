package extract

import "testing"

// TestSichConfirmDE checks that "bestätigen" with "sich" (to prove true)
// names no speaker, while "bestätigen" without it still does.
func TestSichConfirmDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Sollte sich der Verdacht bestätigen, wird der Vertrag aufgelöst.": "",
		"Bestätigt sich der Befund, droht eine Sperre.":                    "",
		"Der Verband Kalkwerke bestätigte den Befund.":                     "Verband Kalkwerke",
	})
}
