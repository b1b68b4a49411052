package extract

import "testing"

// TestOpenQuoteEN checks that a sentence inside a quotation an earlier
// unit opened keeps the quotation's speaker, and that an open quotation
// does not reach into the next paragraph.
func TestOpenQuoteEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"''The ferry was late again,'' said Ruth Okafor, who runs the kiosk. ''We lost the morning. The drivers waited at the gate.''": "Ruth Okafor",
		"“The ferry was late,” Ruth Okafor said. “We lost the morning.\n\nThe drivers waited at the gate.":                             "",
		"''The ferry was late.'' Ruth Okafor said so. The pier is closed. The drivers waited.":                                         "",
	})
	for _, c := range []struct {
		text       string
		open, want bool
	}{{"“We lost.", false, true}, {"“We lost,” she said.", false, false}, {"''We lost. It", false, true}, {"\"A\" and \"B", false, true}, {"It was late.''", true, false}, {"It was late.", true, true}, {"It's Ann's.", false, false}} {
		if got := endsInQuote(c.text, c.open); got != c.want {
			t.Errorf("endsInQuote(%q, %v) = %v, want %v", c.text, c.open, got, c.want)
		}
	}
}
