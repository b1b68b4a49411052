package extract

// English speakers named after their verb of saying behind the body they
// work for and their role: "…,” said Harbor Post columnist Ann Lee.",
// "…,” said former Ohio congressman Tom Bell." describedAfterEN reads a
// role in lower case right after the verb; here capitalised words (a
// body or a place) stand before the role.

// bodyRoleAfterEN returns the speaker after the English verb of saying v
// that follows a quotation (the verb inverted: "“…,” said …"), or "said"
// after a comma (no other verb takes its subject after it there), written
// as: perhaps a lower-case modifier ("former"), a body or place in
// capitalised words (joined by "of" or "&": "University of Ohio"), then
// either one to three lower-case words of a role ("political scientist")
// or a capitalised title ("Secretary", "Rep."), and a name that ends the
// clause (invertedEnd); "" otherwise. Function words, auxiliaries and
// pronouns are no role, so "said Ohio would …" names nobody.
func (d *docState) bodyRoleAfterEN(toks []token, text string, v int, lex lexicon) string {
	if v == 0 || !toks[v-1].is(tPunct) || !quoteBefore(toks, v) && toks[v].low != "said" && toks[v].low != "says" {
		return "" // after a plain comma only "said" is inverted: "…, said Harbor Post columnist Ann Lee."
	}
	k := v + 1
	for k < len(toks) && k <= v+2 && roleWordEN(&toks[k]) {
		k++ // "former"
	}
	s := k
	k, title := bodyRunEN(toks, s, lex)
	if k == s {
		return ""
	}
	n := k // the name after a lower-case role: "Harbor Post columnist Ann Lee"
	for n < len(toks) && n-k < 3 && roleWordEN(&toks[n]) {
		n++
	}
	if n == k && title > s {
		n = title + 1 + abbrevDotEN(toks, title, false) // the name after a title: "Agriculture Secretary Ann Lee"
	}
	if n == k || n >= len(toks) || !capWord(&toks[n]) || !invertedEnd(toks, n) {
		return ""
	}
	return d.nameAt(toks, text, n, false, lex, false, false)
}

// bodyRunEN returns where the run of capitalised words from token s ends
// (a body, place or title: "Harbor Post", "University of Ohio", "GOP
// Sen."), with "of", "and" or "&" between capitalised words and the full stop
// of an abbreviation, and the last title word in it (-1 if none).
func bodyRunEN(toks []token, s int, lex lexicon) (end, title int) {
	k, title := s, -1
	for ; k < len(toks) && k-s < 8; k++ {
		t := &toks[k]
		switch {
		case capWord(t):
			if roleOf(t, lex) != "" || titleWordEN(t.low) {
				title = k // "Agriculture Secretary", "GOP Sen."
			}
		case k > s && t.p == '.' && t.s == toks[k-1].e:
		case k > s && (t.low == "of" || t.low == "and" || t.p == '&') && k+1 < len(toks) && capWord(&toks[k+1]):
		default:
			return k, title
		}
	}
	return k, title
}

// roleWordEN reports whether an English token may be a word of a role or
// a modifier before it: a lower-case word that is no function word,
// auxiliary, verb of saying or pronoun.
func roleWordEN(t *token) bool {
	return t.flags&(tCap|tPunct|tNum) == 0 &&
		t.cat&(cStopEN|cDet|cNotName|cAux|cSpeech|cPronM|cPronF|cFirstSing|cFirstPl|cSecond|cAccording) == 0
}

// quoteBefore reports whether a quotation mark stands before token v: a
// verb of saying after it may precede its subject, while after a plain
// comma ("Ann Lee, a lawyer, called …") the subject stands before it.
func quoteBefore(toks []token, v int) bool {
	for i := v - 1; i >= 0; i-- {
		if toks[i].is(tQuote) {
			return true
		}
	}
	return false
}
