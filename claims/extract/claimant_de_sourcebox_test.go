package extract

import "testing"

// TestSourceBoxDE checks the body after "Quelle:" under a chart or an info
// box, up to a comma.
func TestSourceBoxDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Preise sanken im Oktober.\n\nQuelle: Landesamt für Statistik, Stand Oktober": "Landesamt für Statistik",
		"Die Preise sanken im Oktober.\n\nQuelle: Talwerk-Institut":                       "Talwerk-Institut",
	})
}
