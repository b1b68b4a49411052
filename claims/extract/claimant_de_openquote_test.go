package extract

import "testing"

// TestOpenQuoteDE checks that a German unit inside a quotation an earlier
// unit of its paragraph opened (and left open to the paragraph's end, so
// that the paragraph is split at every sentence) keeps the quotation's
// speaker, that a new paragraph ends it, and the quotation marks: „ opens
// and “ closes, guillemets switch either way.
func TestOpenQuoteDE(t *testing.T) {
	const said = "Die Försterin Greta Lindqvist steht am Hang. „Wir haben viele Buchen verloren“, sagt Lindqvist. " +
		"Der Bürgermeister Ole Hartwig sieht den Wald jeden Tag. Am Montag sagte er im Rat: „Die Fichten stehen trocken. "
	checkLast(t, "de", map[string]string{
		said + "Der Regen fehlt seit Mai.":                                   "Ole Hartwig",
		said + "Der Regen fehlt seit Mai.\n\nIm Tal wächst kein Gras mehr.“": "",
		"Der Regen fehlt seit Mai. Im Tal ist es kalt.":                      "",
	})
	for text, want := range map[string]bool{
		"„Wir gehen.":          true,
		"„Wir gehen.“":         false,
		"»Wir gehen.":          true,
		"«Wir gehen.»":         false,
		"“Wir gehen.":          true,
		"“Wir gehen.” Danach.": false,
	} {
		if got := endsInQuoteDE(text, false); got != want {
			t.Errorf("endsInQuoteDE(%q) = %v, want %v", text, got, want)
		}
	}
}
