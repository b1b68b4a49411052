package extract

import "testing"

// TestSpokesBodyDE checks that a spokesperson of a body whose name is two
// capitalised words ("des Roten Kreuzes") is named with the body, not by
// the body's words as a person's name.
func TestSpokesBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Sprecher des Roten Kreuzes forderte alle Seiten zur Zurückhaltung auf.": "Sprecher des Roten Kreuzes",
		"Auch der Sprecher des Hamburger Senats bestätigte die Konferenz.":           "Sprecher des Hamburger Senats",
	})
}
