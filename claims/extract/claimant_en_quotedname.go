package extract

// A sentence may open with the name of a work or a slogan in quotation
// marks ("“Harbor Nights” ran for ten years", "“Keep the Pier” signs hung
// on every door"): a few words closed by the mark and followed right away
// by the sentence's next word, with no comma or full stop inside the
// marks. That is a name, not quoted speech, so the unit does not go on in
// the voice of the last speaker.

// quotedNameEN reports whether the English unit opens with a quotation of
// at most five words, without punctuation inside, closed by a double
// mark that a word follows.
func quotedNameEN(toks []token, text string) bool {
	if len(toks) < 3 || !doubleQuote(&toks[0], text) {
		return false
	}
	for k := 1; k < len(toks) && k <= 6; k++ {
		t := &toks[k]
		if doubleQuote(t, text) {
			return k > 1 && k+1 < len(toks) && !toks[k+1].is(tPunct)
		}
		if t.is(tPunct) && !gluedPunct(toks, k) && t.p != '&' {
			return false
		}
	}
	return false
}
