package extract

import "testing"

// TestPrepositionalVorfeldSpeakerDE checks that after a prepositional
// phrase before the verb ("Gegenüber dieser Zeitung", "Innerhalb eines
// Tages") the subject after the verb speaks, a bare office or body too,
// and that a group claimed before is not the person "die Ministerin"
// refers to.
func TestPrepositionalVorfeldSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Gegenüber dieser Zeitung sagte die Ministerin, die Lage sei ernst.":                                                      "Ministerin",
		"Innerhalb eines Tages meldeten die Gesundheitsämter 300 neue Fälle.":                                                     "Gesundheitsämter",
		"In einer Erklärung forderten die Verbände mehr Geld. Gegenüber dieser Zeitung sagte die Ministerin, die Lage sei ernst.": "Ministerin",
		"Die Stadtwerke teilten mit, die Preise stiegen. Gegenüber dieser Zeitung sagte die Ministerin, die Lage sei ernst.":      "Ministerin",
	})
}
