package extract

// "Für X ist dies ein Skandal" states X's view: the phrase "für X" with a
// person and "ist" gives the claimant when the predicate is a judgement of
// the author's "dies"/"das" ("Für Jan Roth ist dies ein Fehler") or a
// quotation ("Für Jan Roth ist der Plan „ein Irrweg“"). Other "für X ist"
// sentences narrate ("Für Jan Roth ist der Montag ein langer Tag") and
// are left alone.

// fuerViewDE returns the person the text knows whom a unit opening with
// "Für" (after "Und", "Auch", "Doch", "Aber") names right before "ist",
// "sind" or "war" (articles, lower-case adjectives and role nouns may stand
// before the name), when "dies" or "das" without a noun follows the verb
// or a quotation mark stands after it; else "".
func (d *docState) fuerViewDE(toks []token, text string) string {
	k := fuerOpenDE(toks)
	if k < 0 {
		return ""
	}
	s, k := fuerNameDE(toks, k)
	if s < 0 {
		return ""
	}
	switch toks[k].low {
	case "ist", "sind", "war":
	default:
		return ""
	}
	n := toks[k+1].low
	view := (n == "dies" || n == "das") && k+2 < len(toks) && !capWord(&toks[k+2])
	for q := k + 1; q < len(toks) && !view; q++ {
		view = toks[q].is(tQuote)
	}
	if !view {
		return ""
	}
	for st := s; st < k; st++ { // the longest name the text knows that ends before the verb
		if p, ok := d.lookup(text[toks[st].s:toks[k-1].e]); ok && d.personLikeDE(p.name) {
			return p.name
		}
	}
	return ""
}

// fuerOpenDE returns the index of the token after the "Für" a unit opens
// with (after "Und", "Auch", "Doch", "Aber"), with three tokens at least
// after the "für"; -1 when the unit opens otherwise (or holds no token).
func fuerOpenDE(toks []token) int {
	if len(toks) < 4 {
		return -1
	}
	i := 0
	switch toks[0].low {
	case "und", "auch", "doch", "aber":
		i = 1
	}
	if i+3 >= len(toks) || toks[i].low != "für" {
		return -1
	}
	return i + 1
}

// fuerNameDE returns where the capitalised name after the "für" ends at
// k-1 starts and ends (s, e: at most five words, after at most three
// lower-case words such as "den brasilianischen"), when a token follows
// the name; -1, -1 when there is none.
func fuerNameDE(toks []token, k int) (s, e int) {
	i := k - 1 // the "für"
	for k < len(toks) && toks[k].flags&(tCap|tPunct|tNum) == 0 && k-i <= 3 {
		k++ // "den brasilianischen"
	}
	s = k
	for k < len(toks) && capWord(&toks[k]) && k-s < 5 {
		k++
	}
	if k == s || k+1 >= len(toks) {
		return -1, -1
	}
	return s, k
}
