package extract

import "testing"

// TestSichConfirmDE checks that "bestätigen" with "sich" (to prove true)
// names no speaker, while "bestätigen" without it still does.
func TestSichConfirmDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Sollte sich der Verdacht bestätigen, wird der Vertrag aufgelöst.":      "",
		"Bestätigt sich der Befund, droht eine Sperre.":                         "",
		"Im Klinikum Kalben hat sich eine Infektion mit dem Erreger bestätigt.": "",
		"Der Verband Kalkwerke bestätigte den Befund.":                          "Verband Kalkwerke",
	})
}

// TestSichNameDE checks that "nennt sich" (is called) names no speaker,
// while "nannte" with an object still does.
func TestSichNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eine der neuen Lösungen nennt sich Stadtfunk Kalben.": "",
		"Die Stadtverwaltung Kalben nannte keine Zahlen.":      "Stadtverwaltung Kalben",
	})
}
