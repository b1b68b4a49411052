package extract

import "testing"

// TestTailBodyEN checks that a description made of the last words of a
// body's name in lower case names that body, and that one after a
// preposition does not.
func TestTailBodyEN(t *testing.T) {
	const before = "The Coastal Weather Service issued a warning for Ostby on Monday. "
	checkLast(t, "en", map[string]string{
		before + "The storm surge reached 7 feet, the weather service said.":                   "Coastal Weather Service",
		"The Harbor Safety Commission met. Nine people were hurt, the safety commission said.": "Harbor Safety Commission",
		before + "The roads were closed, a spokesman for the weather service said.":            "a spokesman for the weather service",
	})
}
