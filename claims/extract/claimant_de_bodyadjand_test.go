package extract

import "testing"

// TestBodyAdjAndDE checks that a body's head noun, an adjective in the
// genitive plural and two nouns joined by "und" name one body, while two
// bodies joined by "und" stay two claimants.
func TestBodyAdjAndDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Verband lediger Väter und Mütter schätzt, dass es Tausende solcher Familien gibt.": "Verband lediger Väter und Mütter",
		"Der Bund freier Imker und Gärtner fordert mehr Geld für Blühstreifen.":                 "Bund freier Imker und Gärtner",
	})
}
