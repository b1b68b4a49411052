package extract

import "testing"

// TestSourceFormsDE checks that the forms of attribution without a verb of
// saying are tried in turn: "so", a reflexive verb, a verb of reporting,
// "nach Angaben", "heißt es", "lautet".
func TestSourceFormsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mira Kolb leitet das Amt. Die Halle sei zu klein, so Kolb.":         "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb setzte sich gegen die Halle ein.":    "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb pochte auf die Kosten der Halle.":    "Mira Kolb",
		"Nach Angaben der Stadtverwaltung ist die Halle zu klein.":           "Stadtverwaltung",
		"Die Halle sei zu klein, hieß es am Montag von der Stadtverwaltung.": "Stadtverwaltung",
		"„Zu klein“, lautete die Antwort der Stadtverwaltung.":               "Stadtverwaltung",
		"Die Halle ist zu klein.":                                            "",
	})
}
