package extract

import "testing"

// TestDefiniteRoleNotBodyDE checks that a noun of a person after a
// definite article closing a sentence ("teilte die Landeswahlleiterin
// mit") is not read as the institute or association that spoke just
// before, and that it still stands for a person who spoke before.
func TestDefiniteRoleNotBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Verband Heimland sagte, die Lage sei ernst. Die Zählung liegt am Abend vor, sagte die Wahlleiterin.":                                "Wahlleiterin",
		"Das Institut Lindgrau sagte, die Zahl sei gestiegen. Das Ergebnis soll gegen Mitternacht vorliegen, teilte die Landeswahlleiterin mit.": "Landeswahlleiterin",
		"Die Ärztin Mara Vollstedt sagte, sie sei zufrieden. Die Klinik sei voll belegt, sagte die Medizinerin.":                                 "Mara Vollstedt",
	})
}
