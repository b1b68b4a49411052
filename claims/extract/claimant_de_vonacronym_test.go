package extract

import "testing"

// TestVonAcronymDE checks "von" before a body's short form after a name:
// the body is no part of the person's name.
func TestVonAcronymDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Jan Roth von NABU fordert eine Untersuchung des Vorfalls.": "Jan Roth",
		"Ursula von der Leyen fordert eine Untersuchung.":           "Ursula von der Leyen",
		"Karl von Habsburg fordert eine Untersuchung.":              "Karl von Habsburg",
	})
}
