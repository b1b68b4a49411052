package extract

import "testing"

// TestRaiseQuestionsDE checks that "werfen … auf" (to raise: "wirft Fragen
// auf") names no speaker, while "werfen … vor" still does.
func TestRaiseQuestionsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"In Zeiten knapper Kassen wirft das Fragen auf.":            "",
		"Die Opposition wirft dem Landrat Untätigkeit vor.":         "Opposition",
		"Der neue Bebauungsplan warf im Stadtrat viele Fragen auf.": "",
	})
}
