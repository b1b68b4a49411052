package extract

import "testing"

// TestExtendedAttributeDE checks that a name inside an extended attribute
// after the article of an inverted subject ("schrieb die in Porto geborene
// Sängerin Lia Moura") is not taken for the speaker: the noun after the
// participle is.
func TestExtendedAttributeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Wir spielen im Mai in Köln“, schrieb die in Porto geborene Sängerin Lia Moura.":                              "Lia Moura",
		"Der Chor sei aufgelöst, teilte die zur Münchner Hochschule Oberfeld gehörende Musikschule Tannberg mit.":      "Musikschule Tannberg",
		"Die Stadt könne den Bau nicht zahlen, schrieb der für Hamburgs Finanzbehörde zuständige Staatsrat Enno Falk.": "Enno Falk",
	})
}
