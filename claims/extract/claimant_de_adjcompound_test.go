package extract

import "testing"

// TestAdjCompoundDE checks that a compound body named with lower-case
// adjectives keeps them when the text later writes the compound or its
// head noun alone.
func TestAdjCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die finnischen Gesundheitsbehörden meldeten 40 neue Fälle. Die Gesundheitsbehörden warnten vor Reisen in den Norden.":      "finnische Gesundheitsbehörden",
		"Das estnische Verkehrsministerium sperrte die Brücke bei Tarvu. Das Ministerium teilte mit, die Pfeiler seien beschädigt.": "estnisches Verkehrsministerium",
	})
}
