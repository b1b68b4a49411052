package extract

import "testing"

// TestWordingGesagtDE checks that "gesagt" after an adjective that opens
// the clause is no verb of saying, so that the adjective is no speaker and
// a later verb names the speaker, and that "hat … gesagt" still is one.
func TestWordingGesagtDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ehrlich gesagt wirkt der Platz etwas leer.":                                      "",
		"Knapp gesagt: Die Halle ist zu klein.":                                           "",
		"Olaf Wiesner führt den Verein. Kurz gesagt fehle Geld, erklärte Wiesner danach.": "Olaf Wiesner",
		"Olaf Wiesner führt den Verein. Wiesner hat ehrlich gesagt, dass Geld fehle.":     "Olaf Wiesner",
	})
}
