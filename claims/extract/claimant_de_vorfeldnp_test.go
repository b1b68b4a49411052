package extract

import "testing"

// TestVorfeldKonjunktivDE checks that a Konjunktiv I after a longer noun
// phrase in the Vorfeld goes on in the last speaker's voice, with the
// endings an adjective would have, and that a past form or a participle
// phrase does not.
func TestVorfeldKonjunktivDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Kosten seien hoch, sagte Tom Weis. Das neue Gesetz rechtfertige keine Abkehr davon.":              "Tom Weis",
		"Die Kosten seien hoch, sagte Tom Weis. Ein streng geregelter Dienstplan verhindere, dass alle gehen.": "Tom Weis",
		"Die Lage sei ernst, sagte Tom Weis. Im Notfall arbeite die Wache rund um die Uhr.":                    "Tom Weis",
		"Die Lage sei ernst, sagte Tom Weis. Die Zahl der Anträge verdopple sich seit Wochen.":                 "Tom Weis",
		"Die Lage sei ernst, sagte Tom Weis. Die Stadt baute im Sommer neue Radwege.":                          "",
		"Die Lage sei ernst, sagte Tom Weis. Die in Bonn geborene Musikerin spielte früher im Orchester.":      "",
	})
}

// TestKonjunktivVerbFormsDE checks the Konjunktiv I forms in "-te" of
// verbs whose stem ends in "t", in second place after a pronoun, and in
// "-de" before a pronoun; the first person keeps its own voice.
func TestKonjunktivVerbFormsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Lage sei ernst, sagte Tom Weis. Er erwarte Festnahmen in den nächsten Tagen.":             "Tom Weis",
		"Die Arbeit sei hart, sagte Eva Roth. Bei jeder Kontrolle verwende sie frische Handschuhe.":    "Eva Roth",
		"Die Arbeit sei hart, sagte Eva Roth. Ich schreibe ein paar Zeilen und sende sie am Abend ab.": "",
	})
}
