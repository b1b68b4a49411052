package extract

// "A viral post shared on Facebook claims that …", "a video on TikTok
// shows …": a name right before an English verb of saying that follows
// "on" after a word in lower case is the place where the subject
// appeared (a platform, a site), not the subject; the subject is the
// post, which names no one. "The House Committee on Foreign Affairs said"
// keeps its name (a capitalised word before "on").
//
// A person or body the text knows by a full name that opens the sentence
// stays the speaker (openingKnownEN): "Town Hall pushes back on Harmon
// reports" (a headline whose "on" follows a verb), "Lumen Works runs a
// campaign on Kickstarter, and the pitch on Kickstarter says …" (the
// opener's own post).

// platformObjectEN reports whether the capitalised run starting at token k
// is the object of "on" that follows a word in lower case.
func platformObjectEN(toks []token, k int) bool {
	return k >= 2 && toks[k-1].low == "on" && lowerWord(&toks[k-2])
}

// openingKnownEN returns the name that opens the English sentence before
// the verb v when the text knows it by its full name (the last step of
// subjectBefore), "" otherwise.
func (d *docState) openingKnownEN(toks []token, text string, v int, lex lexicon, plural bool) string {
	k := openingName(toks, v, false, lex)
	if k < 0 {
		return ""
	}
	if who := d.nameAt(toks, text, k, false, lex, plural, false); d.known(who) {
		return who
	}
	return ""
}
