package extract

import "testing"

// TestResultOfDE checks that "Das ist das Ergebnis einer Umfrage des X"
// names X, and that "Demnach …" after it goes on in its voice.
func TestResultOfDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Neun von zehn Heimen finden kein Personal. Das ist das Ergebnis einer Umfrage der Pflegekammer unter 600 Heimen.":                                 "Pflegekammer",
		"Neun von zehn Heimen finden kein Personal. Das ist das Ergebnis einer Umfrage der Pflegekammer. Demnach bleiben vier Stellen pro Heim unbesetzt.": "Pflegekammer",
		"Das Ergebnis der Wahl ist knapp.": "",
	})
}
