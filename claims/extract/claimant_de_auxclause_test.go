package extract

import "testing"

// TestAuxClauseDE checks that the subject of an auxiliary in a reported
// clause before "hieß es" is not the speaker, while an opening body with
// an auxiliary and a participle of saying still is.
func TestAuxClauseDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Polizei nahm zwei Männer fest. Ein Haftrichter habe Haftbefehl erlassen, hieß es.": "",
		"Mehrere Verbände haben angekündigt, gegen das Gesetz zu klagen.":                       "Verbände", // the quantifier is no part of the group (quantifierCutDE)
	})
}
