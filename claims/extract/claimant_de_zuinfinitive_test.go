package extract

import "testing"

// TestZuInfinitiveDE checks that a verb of saying in an infinitive with
// "zu" takes no subject from the words before it.
func TestZuInfinitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Abseits der Küste käme niemand auf die Idee, den Ort als Badeort zu bezeichnen.": "",
		"Andere Gäste sind gebeten worden, ihren Nachbarn sofort Bescheid zu sagen.":      "",
		"Die Gemeinde Talheim hat angekündigt, die Gebühren zu senken.":                   "Gemeinde Talheim",
	})
}
