package extract

import "testing"

// TestSichNameBeforeDE checks that "nennen" with "sich" before it in its
// clause (a name someone goes by) names no claimant, while naming
// something else keeps the speaker.
func TestSichNameBeforeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Maler Ansgar Tolle, wie er sich selbst gerne nannte, ist gestorben.":                             "",
		"Das Bündnis aus Rotkreis und Weidenpartei, das sich selbst „Grüne Mitte“ nennt, kam auf 31 Prozent.": "",
		"Die Ärztin Frieda Horn durfte sich ein Leben lang nicht Professorin nennen.":                         "",
		"Die Ärztin Frieda Horn nannte den Plan der Klinik einen Fehler.":                                     "Frieda Horn",
	})
}
