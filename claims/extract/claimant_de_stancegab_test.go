package extract

import "testing"

// TestStanceGabEsDE checks a stance noun as the object of "gab es von"
// (invented sentences): the one it came from is the claimant, the known
// person after the words that describe them; "gab" without "es" is not
// the construction.
func TestStanceGabEsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kritik am Vorgehen des Amtes gab es von der Bürgermeisterin Hanna Kolbe (SPD).":                      "Hanna Kolbe",
		"Bernd Kolb leitet das Amt. Kritik am Plan gab es von Harbors Erstem Bürgermeister Bernd Kolb (SPD).": "Bernd Kolb",
		"Kritik am Vorgehen des Amtes gab der Bürgermeisterin Hanna Kolbe keinen Anlass zur Sorge.":           "",
	})
}
