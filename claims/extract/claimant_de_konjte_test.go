package extract

import "testing"

// TestKonjunktivTeDE checks that a Konjunktiv I in "-te" of a verb whose
// stem ends in "t" carries the speaker before, and that a past in "-te"
// does not.
func TestKonjunktivTeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ministerin Carla Heim forderte Gespräche. Sie erwarte, dass alle Wege geprüft würden.": "Carla Heim",
		"Der Verband hält den Plan für falsch, sagte Jan Roth. Der Umbau koste zu viel.":        "Jan Roth",
		"Ministerin Carla Heim forderte Gespräche. Sie erwartete den Bericht am Freitag.":       "",
	})
	if !konjunktivTeFormDE("erwarte") || konjunktivTeFormDE("sagte") {
		t.Error("konjunktivTeFormDE")
	}
}
