package extract

import "testing"

// TestOpenQuoteDE checks that a German unit inside a quotation an earlier
// unit opened (and left open to its paragraph's end, so that the paragraph
// is split at every sentence) has the speaker of the unit that opened it,
// also in the next paragraph and after another speaker named inside it,
// that a closed quotation ends it, and the quotation marks: „ opens and “
// closes, guillemets switch either way.
func TestOpenQuoteDE(t *testing.T) {
	const said = "Die Försterin Greta Lindqvist steht am Hang. „Wir haben viele Buchen verloren“, sagt Lindqvist. " +
		"Der Bürgermeister Ole Hartwig sieht den Wald jeden Tag. Am Montag sagte er im Rat: „Die Fichten stehen trocken. "
	checkLast(t, "de", map[string]string{
		said + "Der Regen fehlt seit Mai.":                                   "Ole Hartwig",
		said + "Der Regen fehlt seit Mai.\n\nIm Tal wächst kein Gras mehr.“": "Ole Hartwig",
		said + "Der Regen fehlt seit Mai.“\n\nIm Tal wächst kein Gras mehr.": "",
		"Die Försterin Greta Lindqvist steht am Hang. Am Montag sagte Lindqvist im Rat: „Die Buchen sterben. Der Förster Ole Hartwig sagt das seit Jahren. Die Fichten stehen trocken.": "Greta Lindqvist",
		"Der Regen fehlt seit Mai. Im Tal ist es kalt.": "",
	})
	for text, want := range map[string]bool{
		"„Wir gehen.":           true,
		"„Wir gehen.“":          false,
		"»Wir gehen.":           true,
		"«Wir gehen.»":          false,
		"“Wir gehen.":           true,
		"“Wir gehen.” Danach.":  false,
		"Er sagt \"nein.":       true,
		"Für 5 € – „billig.":    true,
		"Es sind 5 °C – „gut“.": false,
	} {
		if got := endsInQuoteDE(text, false); got != want {
			t.Errorf("endsInQuoteDE(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestOpenQuotedVerbsDE checks that a verb of saying inside a quotation an
// earlier unit opened is the quoted speaker's word: the unit keeps the
// speaker who opened the quotation; a verb after the closing mark still
// names its own.
func TestOpenQuotedVerbsDE(t *testing.T) {
	const opened = "Die Händlerin Greta Lindqvist führt den Laden seit 2005. Sie erzählt: „Wir sind ein kleiner Laden. "
	checkLast(t, "de", map[string]string{
		opened + "Viele Kunden haben mir erzählt, dass sie lieber bei uns kaufen.":           "Greta Lindqvist",
		opened + "Viele Kunden haben mir erzählt, dass sie lieber bei uns kaufen.“":          "Greta Lindqvist",
		opened + "Das Geschäft läuft gut“, sagt der Bürgermeister Ole Hartwig über den Ort.": "Ole Hartwig",
	})
}
