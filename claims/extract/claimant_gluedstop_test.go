package extract

import "testing"

// TestGluedStopCut checks that a claimant read across a full stop with no
// space after it loses the word before the stop and its article, while
// initials and abbreviations stay.
func TestGluedStopCut(t *testing.T) {
	for in, want := range map[string]string{
		"Gesetze.Die Stadtwerke Kelheim": "Stadtwerke Kelheim",
		"rules.The Harbor Board":         "Harbor Board",
		"U.S. Army":                      "U.S. Army",
		"J.R. Lane":                      "J.R. Lane",
		"Eva Roth":                       "Eva Roth",
		"Prof.Dr. Eva Roth":              "Prof.Dr. Eva Roth",
	} {
		if got := gluedStopCut(in); got != want {
			t.Errorf("gluedStopCut(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"Es ging um neue Gesetze.Die Stadtwerke Kelheim teilten mit, der Strom werde teurer.": "Stadtwerke Kelheim",
	})
}
