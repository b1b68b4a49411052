package extract

import "testing"

// TestLawsuitDE checks that "klagen" in the sense of going to court names
// no claimant, while a complaint about something keeps its speaker.
func TestLawsuitDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Reederei Falkhaven zieht vor Gericht und klagt gegen die Hafenbehörde.": "",
		"Im Streit um den Lärm hat ein Nachbar der Werft Olmersand geklagt.":         "",
		"Der Bäcker Timo Rasch hatte vor dem Landgericht Birkenau geklagt.":          "",
		"Der Bäcker Timo Rasch klagt über die hohen Mieten am Markt.":                "Timo Rasch",
	})
}
