package extract

// A body's own name in quotation marks stands inside its noun phrase
// ("Die Initiative „Saubere Luft“ forderte …", "Der Verein "Freie Bahn"
// kündigte … an"): the marks enclose a name, not a quotation, so the noun
// phrase, and the Vorfeld, go on past them.

// maxQuotedName is the most words a quoted name may have.
const maxQuotedName = 6

// quotedNameEndDE returns the index after the closing mark when toks[i]
// opens a quoted name before v: the mark stands after a capitalised noun
// with a space between and touches the next word, the next word is
// capitalised, at most maxQuotedName words follow, none of them a
// punctuation mark, and the closing mark touches the last of them.
func quotedNameEndDE(toks []token, i, v int) (int, bool) {
	if i < 1 || i+2 >= v || !toks[i].is(tQuote) || !capWord(&toks[i-1]) {
		return i, false
	}
	if toks[i-1].e == toks[i].s || toks[i].e != toks[i+1].s || !capWord(&toks[i+1]) {
		return i, false
	}
	for k := i + 1; k < v && k-i <= maxQuotedName+1; k++ {
		t := &toks[k]
		if !t.is(tPunct) {
			continue
		}
		if t.is(tQuote) && k > i+1 && toks[k-1].e == t.s {
			return k + 1, true
		}
		return i, false
	}
	return i, false
}
