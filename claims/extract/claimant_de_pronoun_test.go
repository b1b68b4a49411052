package extract

import "testing"

// TestPronounInUnitDE checks that a German pronoun refers to the person of
// its gender named earlier in the same sentence before the speaker of the
// unit before, and falls back to that speaker when the sentence names
// nobody of the gender.
func TestPronounInUnitDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Wir bauen“, sagte die Ministerin Eva Roth. Auch die Ministerin Mia Kolb kam, als sie sagte, der Bau sei gut.":  "Mia Kolb",
		"„Wir bauen“, sagte die Ministerin Eva Roth. Auch der Minister Jan Brenner kam, als sie sagte, der Bau sei gut.": "Eva Roth",
		"„Wir bauen“, sagte die Ministerin Eva Roth. Der Bau sei gut, sagte sie.":                                        "Eva Roth",
	})
}

// TestPronounInUnitUnknownGenderDE checks that a German pronoun refers to
// the one person of unknown gender its sentence named before it by a full
// name, unless that name stands inside quotation marks or after a
// preposition.
func TestPronounInUnitUnknownGenderDE(t *testing.T) {
	const before = "„Wir bauen“, sagte die Ministerin Mia Kolb. "
	checkLast(t, "de", map[string]string{
		before + "Die Beauftragte des Verbands, Eva Roth, hält das für falsch: „Das geht so nicht weiter“, sagt sie.": "Eva Roth",
		before + "„Auch Eva Roth hat das nicht verstanden“, sagt sie.":                                                "Mia Kolb",
		before + "Seit dem Besuch von Eva Roth ist alles anders, sagt sie.":                                           "Mia Kolb",
	})
}
