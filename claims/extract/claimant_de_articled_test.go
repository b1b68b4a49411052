package extract

import "testing"

// TestArticledSurnameDE checks that a description and a surname written
// after a definite article name the person the text gave in full, and so
// does a place adjective and a noun of a person ("der Kölner
// Konditor"); a first name without an article, a surname shared by two
// people and a noun with no person named before stay.
func TestArticledSurnameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eva Lorenz betreibt ein Café in Köln. „Wir halten durch“, sagt die Kölner Lorenz.":            "Eva Lorenz",
		"Jonas Brenner backt seit 1990 Brot. „Der Teig ruht lange“, erklärt der Bäcker Brenner.":       "Jonas Brenner",
		"Jonas Brenner leitet eine Bäckerei. „Das ist schwer“, sagt der Kölner Konditor.":              "Jonas Brenner",
		"Der Regen hält an. „Das ist schwer“, sagt der Kölner Konditor.":                               "Kölner Konditor",
		"Eva Lorenz und Tim Lorenz betreiben ein Café. „Wir halten durch“, sagt die Kölner Lorenz.":    "Kölner Lorenz",
		"Eva Lorenz betreibt ein Café in Köln. „Wir halten durch“, sagt Marta Lorenz, ihre Schwester.": "Marta Lorenz",
	})
}
