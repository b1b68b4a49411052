package extract

import "testing"

// TestZuNounDE checks "zu" after a noun and its article: no particle of a
// name ("die Beschäftigten zu Warnstreiks"), while "Karl-Theodor zu
// Guttenberg" stays one name.
func TestZuNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gewerkschaften Verdi und IG BCE rufen die Beschäftigten zu Warnstreiks auf.": "Gewerkschaften Verdi; IG BCE",
		"Der frühere Minister Karl-Theodor zu Guttenberg sagte, der Plan sei gut.":        "Karl-Theodor zu Guttenberg",
		"Der Plan sei gut, sagte Karl-Theodor zu Guttenberg.":                             "Karl-Theodor zu Guttenberg",
	})
}
