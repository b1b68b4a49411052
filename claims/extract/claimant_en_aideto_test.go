package extract

import "testing"

// TestAideToEN checks a described person linked by "to" or "for" to a
// named one before the verb of saying: the description speaks, not the
// person named; a name after "to" that is the object of the verb's own
// clause is left alone.
func TestAideToEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier stays shut, a close adviser to Governor Nora Fell said.":  "a close adviser to Governor Nora Fell",
		"An aide to Nora Fell said the pier would stay shut.":               "An aide to Nora Fell",
		"The pier stays shut, Olin Pask said.":                              "Olin Pask",
		"Olin Pask wrote to Nora Fell. Nora Fell said the pier was closed.": "Nora Fell",
	})
}
