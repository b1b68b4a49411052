package extract

import "testing"

// TestStatesNounEN checks "states" after a number, a quantifier, a
// hyphenated participle, a compass adjective or a common compound word as
// the plural noun, not a verb of saying; ""Pia Moll states" keeps it.
func TestStatesNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fourteen states joined the lawsuit against the ferry tax.":             "",
		"Voters in seven states head to the polls on Tuesday.":                  "",
		"Several states reported long lines at polling places.":                 "",
		"The rule could hurt farmers in Harbor-leaning states along the coast.": "",
		"Northern states have seen heavier snowfall this winter.":               "",
		"The candidate spent the week touring swing states in a rented bus.":    "",
		"Dock warden Pia Moll states that no ship may dock after midnight.":     "Pia Moll",
		"Pia Moll is a judge known for her work on states' rights.":             "",
		"Pia Moll is a judge known for her work on states’ budgets.":            "",
	})
}
