package extract

// A German quotation may open after a single connective and a colon
// ("Aber: „Die Halle ist zu klein.“", "Und: „…“", "Allerdings: „…“"): the
// author adds one more quotation of the speaker before, with no verb of
// saying. Such a unit is quoted speech like one that opens with the
// quotation mark, so it keeps the recent speaker.

// colonConnectivesDE are German connectives that stand alone before a
// colon to introduce one more quotation.
var colonConnectivesDE = map[string]bool{
	"aber": true, "und": true, "allerdings": true, "denn": true, "doch": true, "jedoch": true,
	"trotzdem": true, "dennoch": true, "also": true, "sprich": true, "oder": true, "sondern": true,
}

// connectiveQuoteDE reports whether toks open with a connective of
// colonConnectivesDE, a colon and a quotation mark, and end with a
// quotation mark (at most one punctuation mark after it): the quotation
// fills the rest of the unit ("Und außerdem: „X“ wurde oft gespielt." is
// the author's).
func connectiveQuoteDE(toks []token) bool {
	if len(toks) < 5 || !colonConnectivesDE[toks[0].low] || toks[1].p != ':' || !toks[2].is(tQuote) {
		return false
	}
	n := len(toks) - 1
	if toks[n].is(tPunct) && !toks[n].is(tQuote) {
		n--
	}
	return n > 2 && toks[n].is(tQuote)
}
