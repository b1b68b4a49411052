package extract

import "testing"

// TestCarrySwitchDE checks that Konjunktiv I goes on in the voice a
// carry rule handed over to (a first-person quotation after a person was
// named, "Sie" of the other gender), not in the voice of the claimant
// before; without a switch the last claimant keeps it.
func TestCarrySwitchDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gärtnerin Ute Brahm sagte, der Sommer sei trocken gewesen. Der Förster Ralf Kettler hebt einen Ast auf. „Ich habe so etwas noch nie gesehen.“ Er zeigt auf den Hang. Dort seien alle Fichten abgestorben.": "Ralf Kettler",
		"Der Minister Tom Weis sagte, der Sommer sei trocken gewesen. Die Gärtnerin Ute Brahm nickte. Sie habe ihre Beete jeden Abend gegossen. Das Wasser sei trotzdem knapp geworden.":                                "Ute Brahm",
		"Die Gärtnerin Ute Brahm sagte, der Sommer sei trocken gewesen. Die Beete seien verdorrt. Das Wasser sei knapp geworden.":                                                                                       "Ute Brahm",
	})
}
