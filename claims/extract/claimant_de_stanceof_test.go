package extract

import "testing"

// TestStanceOfPersonDE checks a stance noun with "von" and a person
// anywhere in the unit (invented sentences): the person is the claimant;
// "von" with no person the text knows names none.
func TestStanceOfPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Hanna Kolbe leitet die Fraktion in Harbor City. In eine ähnliche Richtung geht die Kritik von Hanna Kolbe.": "Hanna Kolbe",
		"In eine ähnliche Richtung geht die Kritik von der Ärztin Hanna Kolbe aus Harbor City.":                      "Hanna Kolbe",
		"In eine ähnliche Richtung geht die Kritik von vielen Anwohnern in Harbor City.":                             "",
	})
}
