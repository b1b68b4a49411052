package extract

import "testing"

// TestAnswerSpeakerDE checks that the later sentences of an interview
// answer opened by "Name: …" are that speaker's up to the paragraph's end,
// that a new paragraph (the next question) ends the answer, and that after
// a first turn an unnamed paragraph following a question is an answer too;
// a speaker only carried over from another unit, or found in a unit in the
// first person, gives way to the answer's (not a speaker whose words
// report the first person: "hat uns gewarnt, wir sollen …").
func TestAnswerSpeakerDE(t *testing.T) {
	const intro = "Die Försterin Greta Lindqvist leitet seit zehn Jahren das Revier am Nordhang.\n\n" +
		"Wie geht es dem Wald?\n\n" +
		"Lindqvist: Wir haben viele Buchen verloren. "
	checkLast(t, "de", map[string]string{
		intro + "Die Fichten am Hang stehen trocken.":                                       "Greta Lindqvist",
		intro + "Die Fichten am Hang stehen trocken.\n\nWas hilft jetzt?":                   "",
		intro + "Die Fichten am Hang stehen trocken.\n\nWas hilft jetzt?\n\nNur Regen.":     "Greta Lindqvist",
		intro + "Die Fichten am Hang stehen trocken.\n\nDer Regen fehlt seit Mai.":          "",
		"Die Fichten am Hang stehen trocken. Der Regen fehlt seit Mai.":                     "",
		"Was hilft jetzt?\n\nDer Regen fehlt seit Mai.":                                     "",
		intro + "Der Förster Ole Hartwig sagte das schon vor Jahren. Ich sehe das genauso.": "Greta Lindqvist",
		intro + "Da werden wir bei der nächsten Versammlung informiert.":                    "Greta Lindqvist",
		intro + "Bei der Versammlung haben wir die Stadtverwaltung kritisiert.":             "Greta Lindqvist",
		intro + "Das Umweltamt hat uns gewarnt, wir sollen vorsichtig sein.":                "Umweltamt",
	})
}
