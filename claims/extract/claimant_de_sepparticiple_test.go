package extract

import "testing"

// TestSeparableParticiplePassiveDE checks that a passive with the
// participle of a separable verb ("wird … vorgeworfen") names no speaker,
// while the active verb still does.
func TestSeparableParticiplePassiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Kassiererin des Turnvereins wird Unterschlagung vorgeworfen.":    "",
		"Zwei Einbrüche in der Gartenstraße werden dem Nachbarn vorgeworfen.": "",
		"Dem Trainer Ole Fink wird vorgeworfen, Spieler beleidigt zu haben.":  "",
		"Die Staatsanwältin Ina Kolb warf dem Hausmeister Diebstahl vor.":     "Ina Kolb",
	})
}
