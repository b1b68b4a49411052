package extract

import "testing"

// TestVictimsBeforeDE checks that "fordern" with victims before it in a
// subordinate clause ("…, die keine Verletzten forderten") names no
// speaker, while a demand still does.
func TestVictimsBeforeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Es gab zwei Unfälle auf der Landstraße, die aber keine Verletzten forderten.": "",
		"Die Feuerwehr in Kalben forderte mehr Personal.":                              "Feuerwehr",
	})
}
