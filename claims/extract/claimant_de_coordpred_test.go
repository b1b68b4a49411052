package extract

import "testing"

// TestCoordinatedPredicateDE checks two verbs of one German main clause
// with one subject: the object after the second is no speaker.
func TestCoordinatedPredicateDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Imkerverein Talgrund lobte den Plan, kritisierte aber die hohen Gebühren.":         "Imkerverein Talgrund",
		"Die Mieterinitiative begrüßte die Entscheidung, bemängelte jedoch die späten Fristen.": "Mieterinitiative",
		"Die Pächter hätten davor gewarnt, sagte Vereinschefin Tilda Maas.":                     "Tilda Maas",
	})
}
