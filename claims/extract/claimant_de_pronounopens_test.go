package extract

import "testing"

// TestPronounOpensBodyDE checks that a sentence whose subject is a pronoun
// names no body from the words between it and the verb of saying ("Ich
// kann Ihnen sagen" gave "kann Ihnen"), while one adverb before a body
// still opens it.
func TestPronounOpensBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ich kann Ihnen sagen: Kein Bad wird geschlossen.":                  "",
		"Wir müssen Ihnen mitteilen, dass die Halle schließt.":              "",
		"Auch Experten warnen vor den Folgen.":                              "Experten",
		"Die Fabrik soll schließen. Dieser Verband kündigte Widerstand an.": "Verband",
	})
}
