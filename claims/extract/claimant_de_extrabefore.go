package extract

// "Am Abend meldete die Zeitung Nordkurier, der Verein habe das bestätigt.":
// the lexicon's verb of saying ("bestätigt") stands in the reported clause,
// and the verb that reports it ("meldete") is one of extraSpeechDE, which
// extraAttrib reads only in a unit with no verb of the lexicon. The
// reporting verb's subject is the claimant, not the subject of the
// reported clause ("der Verein").

// extraBeforeDE returns verbs with a verb of extraSpeechDE put first when
// one stands before the first of verbs, outside quotation marks, not
// opening the unit and not reflexive ("meldete sich"), with a comma between
// it and that verb; else verbs as they are.
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
	return verbs
}
