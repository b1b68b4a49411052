package extract

import "testing"

// TestBodyRoleAfterEN checks an English speaker named after the verb of
// a quotation behind a body and a role, and a verb after a plain comma,
// whose object is no speaker.
func TestBodyRoleAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier will close,” said Harbor Post columnist Ruth Okafor.":            "Ruth Okafor",
		"“It is too late,” said former Ohio congressman Dan Whitley.":               "Dan Whitley",
		"“Prices will rise,” says Harbor University political scientist Tom Alder.": "Tom Alder",
		"“The pier will close,” says Harbor Authority Secretary Tom Alder.":         "Tom Alder",
		"“The pier will close,” said GOP Sen. Ruth Okafor of Ohio.":                 "Ruth Okafor",
		"“It is late,” says University of Ohio professor Dan Whitley.":              "Dan Whitley",
		"“The pier will close,” said Ohio would vote first.":                        "",
	})
}

// TestDescribedAfterPrepositionEN checks that a preposition after an
// inverted verb of saying opens a place or medium, not a role before a
// speaker's name, while "of" inside a role is kept.
func TestDescribedAfterPrepositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We will sue,” Ruth Okafor, a Republican, wrote on Twitter.":     "Ruth Okafor",
		"“Welcome to the harbor,” said master of ceremonies Dan Whitley.": "Dan Whitley",
	})
}

// TestBodyWithAndEN checks a body name joined by "and" before a title
// after an inverted verb of saying.
func TestBodyWithAndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier will close,” tweeted former Harbor and Port Development Secretary Lena Marsh, who was in the city.": "Lena Marsh",
	})
}

// TestInvertedEndToEN checks an inverted speaker followed by "to", "as"
// or "while" opening the addressee or the occasion.
func TestInvertedEndToEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We are in no hurry,” said Okafor to a group of reporters.":  "Okafor",
		"“We are in no hurry,” said Dan Whitley as he left the pier.": "Dan Whitley",
	})
}

// TestSaidAfterCommaEN checks "said" inverted after a plain comma before
// a body, role and name, and a possessive after the verb, which opens
// its object.
func TestSaidAfterCommaEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"He met each contender for an hour, said Harbor Authority spokeswoman Ruth Okafor.":          "Ruth Okafor",
		"Ruth Okafor, director of the Harbor Party, said Whitley’s “inquiry” was an abuse of power.": "Ruth Okafor",
	})
}
