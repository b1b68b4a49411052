package extract

// "A spokeswoman for the agency, Ann Lee, declined to comment but said
// …": a described subject with the person's name in an apposition between
// commas, before a first verb and a verb of saying joined by "and" or
// "but"; the name is the claimant, as in "A spokeswoman for the agency,
// Ann Lee, said …".

// maxDescribedWords is the most words of the description before the
// apposition ("a senior adviser to the governor").
const maxDescribedWords = 7

// describedAppositionEN returns the name between the first two commas
// after the subject's start s, when the description from s (an article
// first) reaches the first comma within maxDescribedWords words with no
// other punctuation and holds a role noun, the name is two or more
// capitalised words, and the second comma comes before the joining word
// j; "" otherwise.
func (d *docState) describedAppositionEN(toks []token, text string, s, j int, lex lexicon) string {
	if toks[s].cat&cDet == 0 {
		return ""
	}
	c := s + 1
	for c < j && c-s <= maxDescribedWords && toks[c].p != ',' {
		if toks[c].is(tPunct) {
			return ""
		}
		c++
	}
	if c >= j || toks[c].p != ',' || !describedRoleEN(toks, s+1, c) {
		return ""
	}
	e := c + 1
	for e < j && capWord(&toks[e]) {
		e++
	}
	if e-c-1 < 2 || e >= j || toks[e].p != ',' {
		return ""
	}
	return d.nameAt(toks, text, c+1, false, lex, false, true)
}

// describedRoleEN reports whether a role noun stands among toks[a:b]
// ("a senior spokeswoman for the agency").
func describedRoleEN(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if roleNounEN(&toks[i]) {
			return true
		}
	}
	return false
}
