package extract

import "testing"

// TestRemitEndsDE checks that an adjective right after a noun of a body's
// remit ends the name, while adjectives before the remit's nouns stay.
func TestRemitEndsDE(t *testing.T) {
	const before = "Die Grippewelle rollt. "
	checkLast(t, "de", map[string]string{
		before + "Am Montag meldete das Landesamt für Umwelt hohe Ozonwerte.":            "Landesamt für Umwelt",
		before + "Am Montag meldete das Institut für öffentliche Gesundheit neue Fälle.": "Institut für öffentliche Gesundheit",
	})
}
