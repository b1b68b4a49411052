package extract

import "testing"

// TestAskedSourceDE checks that a sentence opening with "Fragt man" names
// the one asked as its claimant, after "beim" or as an object, without a
// place after it, and that "fragt man" inside a sentence names no one.
func TestAskedSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Fragt man beim Landesamt für Wasserwirtschaft nach, fällt die Antwort vorsichtig aus.": "Landesamt für Wasserwirtschaft",
		"Fragt man die Fischer in Talheim nach dem Fang, hört man nur Klagen über das Wetter.":  "Fischer",
		"Da fragt man nicht lange, ob der Hund zahm ist.":                                       "",
	})
}
