package extract

// tradeFirmDE returns the firm named at k after an article and a compound
// noun of a firm's trade ("Der Maschinenbauer Nordwerk hat …", "beim
// Autohersteller Velox"): one capitalised word that no other capitalised
// word follows and that is no person the text knows; "" otherwise. A
// trade noun of one part ("der Händler Ali Kaya") may be a person.
func (d *docState) tradeFirmDE(toks []token, text string, k int) string {
	if k < 2 || toks[k-2].cat&cDet == 0 || !capWord(&toks[k]) || toks[k].cat&cNotName != 0 {
		return ""
	}
	trade := text[toks[k-1].s:toks[k-1].e]
	if !firmTradeDE(trade) || !compoundTradeDE(trade) {
		return ""
	}
	if k+1 < len(toks) && capWord(&toks[k+1]) {
		return "" // two words: perhaps a person's name
	}
	w := text[toks[k].s:toks[k].e]
	if _, ok := d.lookup(w); ok {
		return "" // a person the text knows
	}
	return w
}

// compoundTradeDE reports whether the trade noun w is a compound: longer
// than its trade ending by three letters at least ("Maschinenbauer", not
// "Bauer" or "Händler").
func compoundTradeDE(w string) bool {
	if h := firmTradeSetDE.first(w); h != "" { // the first of firmTradesDE that w ends with
		return len(w) >= len(h)+3
	}
	return false
}
