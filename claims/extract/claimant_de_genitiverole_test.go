package extract

import "testing"

// TestGenitiveRoleDE checks a noun of trade with its body in the genitive
// after a definite article as the person just named, and that a
// spokesperson's description stays.
func TestGenitiveRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Seit Jahren führt Ilka Brenner die Tanzschule Nord. „Es fehlt Geld“, sagt die Inhaberin der Tanzschule.": "Ilka Brenner",
		"Olaf Wiesner baut Boote. „Es fehlt Holz“, sagt der Leiter der Werft.":                                    "Olaf Wiesner",
		"Olaf Wiesner baut Boote. „Es fehlt Holz“, sagt der Sprecher der Werft.":                                  "Sprecher der Werft",
	})
}
