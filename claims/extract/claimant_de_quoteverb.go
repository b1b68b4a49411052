package extract

// "„Das war ein Kinderspiel“, moserte Roth.": a finite verb right after a
// closing quotation and its comma, with a person the text knows as its
// subject right after it, names the quotation's speaker whatever the verb
// ("erinnerte sich Roth", "strich Roth … heraus", "ordnete Roth an"): the
// frame does the work of a verb of saying the lexicon may not know.

// quoteVerbPersonDE returns the person the text knows by a full name
// (personNameDE) named right after the word, no article or relative
// pronoun, that follows a closing double quotation mark and a comma (after
// "sich" too); "" otherwise.
func (d *docState) quoteVerbPersonDE(toks []token, text string) string {
	for k := 0; k+3 < len(toks); k++ {
		if !doubleQuote(&toks[k], text) || toks[k+1].p != ',' || !lowerWord(&toks[k+2]) || toks[k+2].cat&cDet != 0 {
			continue // not "„Titel“, das Roth …": a relative pronoun, no verb
		}
		n := k + 3
		if toks[n].low == "sich" && n+1 < len(toks) {
			n++ // "erinnerte sich Roth"
		}
		if !capWord(&toks[n]) {
			continue
		}
		if p := d.personRunDE(toks, text, n, len(toks)); p >= 0 && d.personNameDE(d.people[p].name) {
			return d.people[p].name
		}
	}
	return ""
}
