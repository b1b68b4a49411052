package extract

// "Am Abend meldete die Zeitung Nordkurier, der Verein habe das bestätigt.":
// the lexicon's verb of saying ("bestätigt") stands in the reported clause,
// and the verb that reports it ("meldete") is one of extraSpeechDE, which
// extraAttrib reads only in a unit with no verb of the lexicon. The
// reporting verb's subject is the claimant, not the subject of the
// reported clause ("der Verein"). So it is when the reporting verb closes
// the unit after a comma ("Ein Tief, das dort gestanden hatte, habe das
// Festland erreicht, meldet die Wetterbehörde": "gestanden" is no verb of
// saying there).

// extraBeforeDE returns verbs with a verb of extraSpeechDE put first when
// one stands before the first of verbs, outside quotation marks, not
// opening the unit and not reflexive ("meldete sich"), with a comma between
// it and that verb; else verbs with a closing verb of extraSpeechDE put
// first (extraTrailingDE).
func (d *docState) extraBeforeDE(toks []token, text string, verbs []int) []int {
	first := verbs[0]
	quoted := false
	for i := 0; i < first; i++ {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || i == 0 || t.is(tCap) || len(t.low) < 6 || !extraSpeechDE(t.low) || toks[i+1].low == "sich" {
			continue
		}
		for k := i + 1; k < first; k++ {
			if toks[k].p == ',' {
				d.verbBuf = append(append(d.verbBuf[:0], i), verbs...)
				return d.verbBuf
			}
		}
		return verbs
	}
	return d.extraTrailingDE(toks, verbs)
}

// extraTrailingDE returns verbs with a verb of extraSpeechDE put first
// when it stands after the last of verbs, right after a comma, with a
// short subject after it to the end of the unit and no comma or quotation
// mark there ("…, meldet die indische Wetterbehörde."), as
// trailingSayFirstDE does for the lexicon's verbs; else verbs.
func (d *docState) extraTrailingDE(toks []token, verbs []int) []int {
	for i := max(verbs[len(verbs)-1]+1, len(toks)-9); i < len(toks); i++ { // at most nine tokens from the end
		if toks[i-1].p != ',' || len(toks[i].low) < 6 || toks[i].is(tCap) || !extraSpeechDE(toks[i].low) {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			if toks[k].p == ',' || toks[k].is(tQuote) {
				return verbs
			}
		}
		d.verbBuf = append(append(d.verbBuf[:0], i), verbs...)
		return d.verbBuf
	}
	return verbs
}
