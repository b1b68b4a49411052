package extract

import "testing"

// TestOfficeSurnameDE checks an office by its ending ("Stadtrat") before a
// known surname, and that a first name with an office-like ending stays a
// first name.
func TestOfficeSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Olaf Wiesner ist Stadtrat. Stadtrat Wiesner versicherte, es werde nichts abgerissen.":                 "Olaf Wiesner",
		"Kristin Brenner lehrt in Kiel. Ilka Brenner lehrt in Bonn. „Das reicht nicht“, sagt Kristin Brenner.": "Kristin Brenner",
	})
}
