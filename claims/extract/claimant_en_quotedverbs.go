package extract

// Some papers quote with two apostrophes (''We found no link,'' she said),
// which the attribution finder does not read as quotation marks, and a
// sentence may go on inside a quotation an earlier unit opened
// (openQuoteEN). A verb of saying inside a quotation is the quoted
// speaker's own word ("''We found no link''"), not an attribution of the
// unit, so it is dropped from the unit's verbs of saying.

// unquotedVerbsEN returns verbs without those that stand inside a
// quotation: between two apostrophes doubled, between double quotation
// marks, or before the closing mark of a quotation the unit starts
// inside. verbs itself when none does; else a copy in d.quotedBuf.
func (d *docState) unquotedVerbsEN(toks []token, text string, verbs []int) []int {
	if len(verbs) == 0 {
		return verbs
	}
	in := d.openQ.inside
	inside := false
	j := 0
	for i := 0; i < len(toks) && j < len(verbs); i++ {
		if i == verbs[j] {
			inside = inside || in
			j++
			continue
		}
		in = quoteSwitchEN(toks, text, i, in)
	}
	if !inside {
		return verbs
	}
	d.quotedBuf = d.quotedBuf[:0]
	in, j = d.openQ.inside, 0
	for i := 0; i < len(toks) && j < len(verbs); i++ {
		if i == verbs[j] {
			if !in {
				d.quotedBuf = append(d.quotedBuf, i)
			}
			j++
			continue
		}
		in = quoteSwitchEN(toks, text, i, in)
	}
	return d.quotedBuf
}

// quoteSwitchEN returns whether the text after token i is inside a
// quotation, given in, whether the text before it is: a curly double mark
// opens or closes, a straight one switches, and so does the first of two
// apostrophes written together.
func quoteSwitchEN(toks []token, text string, i int, in bool) bool {
	t := &toks[i]
	if !t.is(tQuote) {
		return in
	}
	switch text[t.s:t.e] {
	case "“":
		return true
	case "”":
		return false
	case "\"":
		return !in
	case "'":
		if i+1 < len(toks) && toks[i+1].s == t.e && text[toks[i+1].s:toks[i+1].e] == "'" {
			return !in
		}
		if i > 0 && toks[i-1].e == t.s && text[toks[i-1].s:toks[i-1].e] == "'" {
			return in // the second of the two
		}
	}
	return in
}
