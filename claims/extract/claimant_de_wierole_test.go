package extract

import "testing"

// TestWieRoleDE checks that a "wie"-clause with an article and a noun of a
// spokesperson or an office before the verb names the speaker, that a bare
// "Sprecherin" there is the body named before, and that a "wie"-clause
// with a plain noun names no one.
func TestWieRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Von 412 Flügen fielen 356 aus, wie eine Flughafensprecherin sagte.":                                "Flughafensprecherin",
		"Die Polizei Obertal sperrte die Straße. Zwei Keller standen unter Wasser, wie ein Sprecher sagte.": "Polizei Obertal",
		"Zwei Keller standen unter Wasser, wie das Foto zeigte.":                                            "",
	})
}
