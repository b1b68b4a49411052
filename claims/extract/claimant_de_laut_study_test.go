package extract

import "testing"

// TestLautStudyDE checks that "laut einer Studie des X" names the body X
// whose study it is, not the study.
func TestLautStudyDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Laut einer Studie des Pestel-Instituts fehlen 9.000 Wohnungen.":     "Pestel-Institut",
		before + "Laut einer neuen Umfrage der Universität Halle sind viele besorgt.": "Universität Halle",
		before + "Laut einer Umfrage sind viele besorgt.":                             "Umfrage",
	})
}
