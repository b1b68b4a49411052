package extract

import "testing"

// TestPrepDeterminerObjectDE checks that a noun after a preposition and
// an article or possessive is no speaker of the verb after it.
func TestPrepDeterminerObjectDE(t *testing.T) {
	const before = "Der Hafen meldet 30 gestrichene Fähren. "
	checkLast(t, "de", map[string]string{
		before + "Reisende sollten sich bei ihrer Reederei informieren.":    "",
		before + "Kunden können sich mit dem Kundendienst verständigen.":    "",
		before + "Die Reederei Nordlicht informierte ihre Kunden am Abend.": "Reederei Nordlicht",
	})
	toks := []token{{low: "bei"}, {low: "ihrer"}, {low: "reederei", flags: tCap}}
	if !prepDeterminerDE(toks, 2) {
		t.Errorf("prepDeterminerDE(bei ihrer Reederei) = false")
	}
	toks = []token{{low: "die", cat: cDet}, {low: "reederei", flags: tCap}}
	if prepDeterminerDE(toks, 1) {
		t.Errorf("prepDeterminerDE(die Reederei) = true")
	}
}
