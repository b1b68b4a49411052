package extract

import "testing"

// TestSubjectAfterSayDE checks a reported clause whose own verb is a
// speech verb ("schreiben Verluste", "warnten"), closed by "…, erklärte
// er": the speaker is the subject after the last verb, not the subject of
// the reported clause; an object after the last verb ("widersprach der
// Stadt", "kritisierte sie aber") leaves the two verbs one subject's.
func TestSubjectAfterSayDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Verbandschef Till Aschenbrenner äußerte sich am Montag. Die Brauereien schrieben bereits Verluste, erklärte er.": "Till Aschenbrenner",
		"Ärztin Mira Holtkamp sprach in Velden. Die Kliniken meldeten kaum noch freie Betten, sagte sie.":                 "Mira Holtkamp",
		"Ärztin Mira Holtkamp sprach in Velden. Die Kliniken meldeten kaum noch freie Betten, sagte Holtkamp.":            "Mira Holtkamp",
		"Die Fischer am Ostufer warnten vor dem Sturm, sagte der Hafenmeister.":                                           "Hafenmeister",
		"Der Imkerverein Talgrund lobte den Plan, kritisierte aber die hohen Gebühren.":                                   "Imkerverein Talgrund",
		"Der Imkerverein Talgrund lobte den Plan, widersprach der Stadt.":                                                 "Imkerverein Talgrund",
		"Der Imkerverein Talgrund lobte den Plan, warf der Gemeinde aber Zögern vor.":                                     "Imkerverein Talgrund",
		"Der Imkerverein Talgrund lobte die Pläne, kritisierte sie aber.":                                                 "Imkerverein Talgrund",
		"Die Brauereien schrieben Verluste, sagte der grüne Bürgermeister.":                                               "Bürgermeister",
		"Die Brauereien schrieben Verluste, sagte der Sprecher.":                                                          "Sprecher",
	})
}
