package extract

import "testing"

// TestCardSightDE checks that a referee's card ("sah Gelb", "bekam die
// Gelbe Karte zu sehen", "sah die Rote Karte") names no one, while "sieht"
// of a view still does.
func TestCardSightDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kurz vor der Pause sah der Kieler Verteidiger Jonas Kellermann Gelb.": "",
		"Nach dem Handspiel bekam Lutz Obermaier die Gelbe Karte zu sehen.":    "",
		"Lutz Obermaier sah nach dem Foul die Rote Karte.":                     "",
		"Der Trainer Lutz Obermaier sieht die Mannschaft auf einem guten Weg.": "Lutz Obermaier",
	})
}
