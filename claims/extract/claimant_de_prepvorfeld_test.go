package extract

import "testing"

// TestPrepositionVorfeldDE checks that a Vorfeld opened by one of the
// rarer prepositions is an adverbial, so the subject follows the verb.
func TestPrepositionVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Außer aus Rio de Janeiro meldet das Amt auch Fälle in weiteren Städten.": "Amt",
		"Neben Berlin weist das Amt auch auf Fälle in weiteren Städten hin.":      "Amt",
	})
}
