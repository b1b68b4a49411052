package extract

import "testing"

// TestAccuseSubjectDE checks that the subject of "wirft … vor" speaks, not
// the one accused right after the verb: a bare plural noun, a noun after
// an article, a name with an apposition before the verb, also in the
// perfect ("hatte … vorgeworfen"); "wirft Fragen auf" names nobody.
func TestAccuseSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Präsident Wladimir Lamin sprach lange. Kritiker werfen Lamin dagegen eine rückwärtsgewandte Politik vor.": "Kritiker",
		"Die Behörden werfen Lorenz Betrug vor.": "Behörden",
		"Der Senator Karl Albers, Obmann der Fraktion im Ausschuss, warf der LINKEN daraufhin mangelnde Abgrenzung vor.":    "Karl Albers",
		"Jan Ohm etwa, der Landeschef der Partei in Nordland, hatte dem Landesamt vorgeworfen, die Gewalt zu verharmlosen.": "Jan Ohm",
		"Die neue Studie wirft Fragen auf.": "",
	})
}
