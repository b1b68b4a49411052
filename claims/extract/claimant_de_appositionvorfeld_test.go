package extract

import "testing"

// TestAppositionVorfeldDE checks that a person the unit opens with speaks
// when an apposition or a relative clause stands between the name and the
// verb of saying or its auxiliary, and that a noun opening the unit that
// way names nobody.
func TestAppositionVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Hella Brandt, seit zehn Jahren im Haus, begründete den Wechsel mit der Arbeitszeit.":                         "Hella Brandt",
		"Der Förster Arne Lind, der den Wald seit Jahren kennt, beschreibt den Zustand so: Die Fichten sterben.":      "Arne Lind",
		"Die Kapitänin Mia Sörensen, die das Team lange führt, hatte nach dem Spiel gesagt, dass die Halle kalt sei.": "Mia Sörensen",
		"Das Ergebnis, das am Montag kam, begründete den Schritt.":                                                    "",
	})
}
