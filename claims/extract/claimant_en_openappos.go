package extract

// "“We have not been briefed,” Tom Bell, a spokesman for the mayor told
// the Post.": after a quotation, a name and an apposition whose closing
// comma the writer left out stand before the verb of saying; the name is
// the speaker, not the person or body at the apposition's end.

// openApposSpeakerEN returns the name that follows a quotation and its
// comma when an apposition opened by a comma and an article ("a", "an",
// "the") runs up to the verb of saying v with no other comma; "" when the
// unit reads otherwise or the name is no person's.
func (d *docState) openApposSpeakerEN(toks []token, text string, v int, lex lexicon) string {
	e := verbGroupStartEN(toks, v)
	c := -1
	for k := e - 1; k > 0; k-- {
		if toks[k].p == ',' {
			c = k
			break
		}
		if toks[k].is(tPunct) && toks[k].p != '.' && toks[k].p != '-' || toks[k].is(tQuote) || toks[k].cat&(cSpeech|cAux) != 0 {
			return ""
		}
	}
	if c < 3 || c+2 >= e || !foldIn(toks[c+1].low, "a", "an", "the") {
		return ""
	}
	n := capRunStart(toks, c)
	if n < 2 || c-n < 2 || !capSegment(toks, n, c) || !toks[n-1].is(tQuote) || toks[n-2].p != ',' {
		return ""
	}
	who := d.nameAt(toks, text, n, false, lex, false, true)
	if !d.personLikeEN(who) {
		return ""
	}
	return who
}
