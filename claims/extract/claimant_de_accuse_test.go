package extract

import "testing"

// TestAccuseSubjectDE checks that the subject of "wirft … vor" speaks, not
// the one accused right after the verb: a bare plural noun, a noun after
// an article, a name with an apposition before the verb, also in the
// perfect ("hatte … vorgeworfen"), the plural "warfen", and a subject
// right after the verb behind an adverbial; "wirft Fragen auf" and
// "warfen Steine" name nobody.
func TestAccuseSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Präsident Wladimir Lamin sprach lange. Kritiker werfen Lamin dagegen eine rückwärtsgewandte Politik vor.": "Kritiker",
		"Die Behörden werfen Lorenz Betrug vor.": "Behörden",
		"Der Senator Karl Albers, Obmann der Fraktion im Ausschuss, warf der LINKEN daraufhin mangelnde Abgrenzung vor.":    "Karl Albers",
		"Jan Ohm etwa, der Landeschef der Partei in Nordland, hatte dem Landesamt vorgeworfen, die Gewalt zu verharmlosen.": "Jan Ohm",
		"EU-Politiker warfen dem Präsidenten vor, die Flüchtlinge für seine Ziele zu benutzen.":                             "EU-Politiker",
		"Zu Beginn warfen viele Kritiker Nordland vor, zu lange zu zögern.":                                                 "Kritiker",
		"Des Weiteren wirft die OSZE der Wahlkommission vor, die Beobachter behindert zu haben.":                            "OSZE",
		"Demonstranten warfen Steine auf die Polizei vor dem Rathaus.":                                                      "",
		"Die neue Studie wirft Fragen auf.":                                                                                 "",
	})
}
