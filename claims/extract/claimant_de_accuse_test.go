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
		"Die Bürgermeisterin Hanne Vogt sprach lange. Gegner werfen Vogt seit Wochen einen teuren Kurs vor.":               "Gegner",
		"Die Anwohner werfen Konrad Pilz Lärm vor.":                                                                        "Anwohner",
		"Der Stadtrat Bodo Kern, Sprecher der Liste im Kreistag, warf der BFL zuletzt fehlende Distanz vor.":               "Bodo Kern",
		"Rita Lanz etwa, die Vorsitzende des Vereins in Oberau, hatte dem Bauamt vorgeworfen, die Mängel zu verschweigen.": "Rita Lanz",
		"Landwirte warfen dem Minister vor, die Weidehaltung zu gefährden.":                                                "Landwirte",
		"Am Abend warfen mehrere Anwohner dem Wirt vor, den Lärm zu dulden.":                                               "Anwohner",
		"Zudem wirft die NLAV dem Stadtrat vor, die Pläne verschleppt zu haben.":                                           "NLAV",
		"Demonstranten warfen Steine auf die Polizei vor dem Rathaus.":                                                     "",
		"Die neue Studie wirft Fragen auf.":                                                                                "",
	})
}
