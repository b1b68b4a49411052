package extract

import "testing"

// TestNounElleDE checks that a body named by a noun in -elle after "der"
// keeps the noun's form, while an adjective in -elle takes the strong
// ending.
func TestNounElleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der Pressestelle der Stadt gab es keine Verletzten.":              "Pressestelle der Stadt",
		"Der Offizielle Fanklub Talbach erklärte, die Karten seien vergriffen.": "Offizieller Fanklub Talbach",
	})
}
