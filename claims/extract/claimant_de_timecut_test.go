package extract

import "testing"

// TestCutAtTimeWordLinkDE checks that a source's name cut before a month
// leaves no linking "von" at its end.
func TestCutAtTimeWordLinkDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Polizei zählte nach Informationen des Nordkuriers von Januar bis Mai 300 Fälle.": "Nordkurier",
	})
}
