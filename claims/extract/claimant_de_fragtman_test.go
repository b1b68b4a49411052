package extract

import "testing"

// TestAskedSourceDE checks that a sentence opening with "Fragt man" names
// the one asked as its claimant, after "beim" or as an object, without a
// place after it, and that "fragt man" inside a sentence names no one.
func TestAskedSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Fragt man beim Landesamt für Wasserwirtschaft nach, sind die Pegel am Deich seit Tagen stabil.": "Landesamt für Wasserwirtschaft",
		"Fragt man die Fischer in Talheim nach dem Fang, war der Sommer zu warm für die Forellen.":       "Fischer",
		"Im Laden am Markt fragt man die Kunden gern nach dem Wetter.":                                   "",
	})
}
