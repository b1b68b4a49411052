package extract

import "testing"

// TestCardSightDE checks that a referee's card ("sah Gelb", "bekam … Gelb
// zu sehen", "sah die Rote Karte") names no one, while "sieht" of a view
// still does.
func TestCardSightDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Zwei Minuten später sah der Bremer Jonas Kellermann Gelb.":                  "",
		"In der Nachspielzeit bekam auch Lutz Obermaier von Hannover Gelb zu sehen.": "",
		"Lutz Obermaier sah nach dem Foul die Rote Karte.":                           "",
		"Der Trainer Lutz Obermaier sieht die Mannschaft auf einem guten Weg.":       "Lutz Obermaier",
	})
}
