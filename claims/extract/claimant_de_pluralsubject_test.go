package extract

import "testing"

// TestPluralOpeningDE checks that "er" after a plural subject that opens
// the sentence refers to the person named before, and that a name opening
// the sentence with a singular verb still can be meant.
func TestPluralOpeningDE(t *testing.T) {
	const before = "Vereinschef Bodo Liebig kritisierte die Liga. "
	checkLast(t, "de", map[string]string{
		before + "Kleine Vereine gingen wieder leer aus, sagte er.": "Bodo Liebig",
		before + "Junge Spieler bekommen keine Chance, sagte er.":   "Bodo Liebig",
		"Als Ilka Sommer ankam, sagte sie, der Saal sei zu klein.":  "Ilka Sommer",
	})
}
