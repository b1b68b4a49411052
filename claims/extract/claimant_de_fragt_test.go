package extract

import "testing"

// TestFragtQuoteDE checks that "fragt" closing or opening a quotation
// names the speaker of the quoted question, not the speaker before, and
// that an unnamed crowd ("Viele fragten: …") names none.
func TestFragtQuoteDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Halle sei zu teuer, sagte Vera Lindt. Der Wirt Gustav Pohl kam später. „Wer soll das denn bezahlen?“, fragt Pohl.": "Gustav Pohl",
		"Die Halle sei zu teuer, sagte Vera Lindt. Der Wirt Gustav Pohl fragt: „Wer soll das denn bezahlen?“":                   "Gustav Pohl",
		"Die Halle blieb geschlossen. Viele fragten: „Wann öffnet sie wieder?“":                                                 "",
	})
}
