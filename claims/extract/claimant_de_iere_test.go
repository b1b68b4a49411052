package extract

import "testing"

// TestKonjunktivIereDE checks that a Konjunktiv I in "-iere" among the
// first words carries the last speaker, and that a comparative in "-ere"
// does not.
func TestKonjunktivIereDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Olaf Wiesner sagte, es fehle an Betten. Im Heim grassiere inzwischen die Grippe.":    "Olaf Wiesner",
		"Olaf Wiesner sagte, es fehle an Betten. Im Heim funktioniere die Heizung nicht.":     "Olaf Wiesner",
		"Olaf Wiesner sagte, es fehle an Betten. Im Heim andere Sorgen zu haben, ist normal.": "",
	})
}
