package extract

import "testing"

// TestPersonBeforeBodyDE checks that a person named before "von der" and
// a body is the speaker, not the body.
func TestPersonBeforeBodyDE(t *testing.T) {
	const before = "Im Moor bei Lindhagen wurde ein Pilz entdeckt. "
	checkLast(t, "de", map[string]string{
		before + "Die Botanikerin Dr. Ute Scherf von der Hochschule Lindhagen sagte, der Fund sei selten.": "Ute Scherf",
		before + "Der Biologe Arne Wiik vom Institut für Moorkunde sagte, das sei neu.":                    "Arne Wiik",
		before + "Die Hochschule Lindhagen teilte mit, der Fund sei selten.":                               "Hochschule Lindhagen",
	})
}

// TestAffiliatedPositionDE checks that a person named before "vom" and a
// body takes the position of the verb after the body.
func TestAffiliatedPositionDE(t *testing.T) {
	const before = "Der Pilz breitet sich aus. "
	checkLast(t, "de", map[string]string{
		before + "Biologin Dr. Ute Scherf vom Institut für Moorkunde hält den Fund für selten.": "Ute Scherf",
		before + "Arne Wiik von der Hochschule Lindhagen hält den Fund für selten.":             "Arne Wiik",
	})
}
