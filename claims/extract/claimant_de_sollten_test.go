package extract

import "testing"

// TestSolltenCarryDE checks that "sollten" as the finite verb right after
// a unit with a speaker carries the speaker (a reported demand), and that
// it does not when no speaker came before.
func TestSolltenCarryDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Schulen seien überlastet, sagte die Elternsprecherin Vera Lindt. Die Klassen sollten deshalb kleiner werden.": "Vera Lindt",
		"Die Schule in Kalben hat zwölf Klassen. Die Klassen sollten deshalb kleiner werden.":                              "",
	})
}
