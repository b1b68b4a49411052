package extract

// namedVorfeldDE returns the person the text knows whose full name ends
// right before the verb v when no punctuation stands before v and the
// sentence opens with an article or a capitalised word: the Vorfeld then
// is a noun phrase that ends in the name, whatever nouns of office stand
// before it ("Der Abgeordnete und Fraktionschef Jan Roth pochte auf …",
// "Chinas Staats- und Parteichef Wu Lan pochte auf …"); "" otherwise.
func (d *docState) namedVorfeldDE(toks []token, text string, v int, lex lexicon) string {
	if v < 3 || v > 12 || !capWord(&toks[v-1]) || !capWord(&toks[v-2]) {
		return ""
	}
	for k := 0; k < v; k++ {
		if t := &toks[k]; t.is(tQuote) || t.is(tPunct) && t.p != '-' {
			return "" // a clause or a quotation before the verb
		}
	}
	who := d.subjectBefore(toks, text, v, true, lex, false)
	if !d.known(who) {
		return ""
	}
	return who
}
