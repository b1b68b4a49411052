package extract

import "testing"

// TestArticledSurnameDE checks that a description and a surname written
// after a definite article name the person the text gave in full, and that
// a first name without an article or a surname shared by two people stays.
func TestArticledSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eva Lorenz betreibt ein Café in Köln. „Wir halten durch“, sagt die Kölner Lorenz.":            "Eva Lorenz",
		"Jonas Brenner backt seit 1990 Brot. „Der Teig ruht lange“, erklärt der Bäcker Brenner.":       "Jonas Brenner",
		"Eva Lorenz und Tim Lorenz betreiben ein Café. „Wir halten durch“, sagt die Kölner Lorenz.":    "Kölner Lorenz",
		"Eva Lorenz betreibt ein Café in Köln. „Wir halten durch“, sagt Marta Lorenz, ihre Schwester.": "Marta Lorenz",
	})
}
