package extract

import "testing"

// TestHeisstInDE checks the source after "hieß es in" and a noun of
// communication.
func TestHeisstInDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Preise stiegen weiter, hieß es in einer Mitteilung der Stadtwerke.":   "Stadtwerke",
		"Die Preise stiegen weiter, hieß es in einer Erklärung des Mietervereins.": "Mieterverein",
		"Die Preise stiegen weiter, hieß es in der Stadt.":                         "",
	})
}
