package extract

import "testing"

// TestWieAdverbialDE checks that an adverbial of time or place between
// the subject of a "wie"-clause and its verb is not read as the speaker.
func TestWieAdverbialDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Halle bleibt zu, wie ein Sprecher des Sportbunds am Mittwoch bestätigte.":                             "Sprecher des Sportbunds",
		"Im Mai gab es 300 Anträge, wie das Landesamt für Bau und Verkehr (LBV) am Freitag in Talstadt mitteilte.": "Landesamt für Bau und Verkehr",
		"Die Kommission verteilt die Menschen, wie ein Sprecher der Brüsseler Behörde am Dienstag sagte.":          "Kommission",
		"Im Mai gab es 300 Anträge, wie Eva Roth am Freitag mitteilte.":                                            "Eva Roth",
	})
}
