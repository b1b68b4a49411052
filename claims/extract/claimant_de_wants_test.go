package extract

import "testing"

// TestWantsPersonDE checks that a known person before or after "will" /
// "wollte" is the claimant, also one whose gender the text never showed,
// and that a pronoun, a body and a quoted "will" are not read as one.
func TestWantsPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadträtin Karla Wendholt eröffnete die Halle. Wendholt will die Gebühr für Vereine abschaffen.":                            "Karla Wendholt",
		"Der Bürgermeister Jonas Pferrer war in Lindau. Durchsetzen will Pferrer den Plan noch vor dem Winter.":                          "Jonas Pferrer",
		"Die Stadträtin Anna Wendholt eröffnete die Halle. Am Montag wollte auch Landrätin Anna Wendholt die Verträge nicht verlängern.": "Anna Wendholt",
		"Die Stadträtin Anna Wendholt eröffnete die Halle. Wendholt (SPD) will die Verträge mit den Stadtwerken nicht verlängern.":       "Anna Wendholt",
		"Die Stadträtin Karla Wendholt eröffnete die Halle. Sie will im Sommer wieder nach Lindau reisen.":                               "",
		"Mira Talkow leitet den Laden am Markt seit 2019. Mira Talkow will ihn im Frühjahr vergrößern.":                                  "Mira Talkow",
		"Mira Talkow leitet den Laden am Markt seit 2019. Talkow will ihn im Frühjahr vergrößern.":                                       "Mira Talkow",
		"Mira Talkow leitet den Laden am Markt seit 2019. Talkows Nachfolger will den Laden im Winter schließen.":                        "",
		"Der Fischereiverband Talgrund will die Schonzeit verlängern.":                                                                   "",
		"Die Stadträtin Karla Wendholt eröffnete die Halle. Im Saal hing ein Plakat mit der Zeile „Wendholt will mehr Geld“.":            "",
	})
}

// TestWantsBodyDE checks that a body by its head noun or an acronym that
// opens the unit before "will"/"wollen" is the claimant, in the
// nominative, and that another noun there is not.
func TestWantsBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Landesregierung will die Grundsteuer um 40 Prozent senken.":           "Landesregierung",
		"Die niedersächsische Landesregierung will am Gesetz von 1960 festhalten.": "niedersächsische Landesregierung",
		"Der NDR will 40 Stellen streichen.":                                       "NDR",
		"Der Täter wollte sich um 18.45 Uhr wieder melden.":                        "",
		"Die Deggendorfer wollen zu den ersten 40 Städten gehören.":                "",
	})
}
