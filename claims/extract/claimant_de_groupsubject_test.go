package extract

import "testing"

// TestGroupSubjectDE checks a plural group noun opening the Mittelfeld of
// a plural perfect after a fronted adverbial ("Im Mai hatten Medien
// berichtet") and that a singular auxiliary does not take it.
func TestGroupSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Herbst hatten Kritiker gewarnt, der Steg sei marode.":            "Kritiker",
		"Am Montag hatten die Ermittler berichtet, der Steg sei beschädigt.": "Ermittler",
	})
	if got := groupSubjectDE([]token{{low: "die", cat: cDet, s: 0, e: 3}, {low: "medien", s: 4, e: 10}}, "die Medien", 0, 1); got != "Medien" {
		t.Errorf("groupSubjectDE: %q, want the noun without its article", got)
	}
}
