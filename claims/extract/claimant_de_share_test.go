package extract

import "testing"

// TestShareGroupDE checks that a share of a group is no claimant.
func TestShareGroupDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Zwei Drittel der Kliniken rechnen mit Verlusten.":                           "",
		"In einer Abstimmung sprach sich eine Mehrheit der Bürger für den Plan aus.": "",
		"Ich für meinen Teil sage, das war ein Fehler.":                              "",
		"Die Ärztekammer rechnet mit Verlusten.":                                     "Ärztekammer",
	})
	for who, want := range map[string]string{"Zwei Drittel": "", "Teil der Grünen": "", "Ärztekammer": "Ärztekammer", "Jan Teil": "Jan Teil", "50 Prozent": "", "Eva Roth; Jan Ohm": "Eva Roth; Jan Ohm"} {
		if got := shareGroupDE(who); got != want {
			t.Errorf("shareGroupDE(%q) = %q, want %q", who, got, want)
		}
	}
}
