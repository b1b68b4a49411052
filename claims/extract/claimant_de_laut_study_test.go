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

// TestZufolgeStudyDE checks that "Einer Umfrage des X zufolge" names the
// body X in the nominative, not its genitive.
func TestZufolgeStudyDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Einer Umfrage der Hochschule Brenz zufolge sind viele besorgt.": "Hochschule Brenz",
		before + "Einer Umfrage des Mieterbunds zufolge sind viele besorgt.":      "Mieterbund",
		before + "Der Studie zufolge sind viele besorgt.":                         "Studie",
	})
}
