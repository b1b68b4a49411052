package extract

import "testing"

// TestSichNameBeforeDE checks that "nennen" with "sich" before it in its
// clause (a name someone goes by) names no claimant, while naming
// something else keeps the speaker.
func TestSichNameBeforeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kurt Memmel trat als Zauberer auf, wobei er sich Balduin der Große nannte.":  "",
		"Die Wählergruppe am Deich, die sich „Freie Marsch“ nennt, stellt zwei Räte.": "",
		"Der Koch Jonas Brem darf sich ohne Prüfung nicht Meister nennen.":            "",
		"Die Ärztin Frieda Horn nannte den Plan der Klinik einen Fehler.":             "Frieda Horn",
	})
}
