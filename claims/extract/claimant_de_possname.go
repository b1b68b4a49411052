package extract

// German writes whose someone is with a genitive name before the noun:
// "Roths Anwalt Peter Kalb sagte …". When the noun is no role the lexicon
// knows, the name reader ran on from the genitive to the name and gave
// (and registered) "Roths Anwalt Peter Kalb"; the speaker is Peter Kalb.

// possessorBeforeDE reports whether the name that starts at token k
// follows a genitive of a person the text named before and a capitalised
// noun ("Roths Anwalt" before "Peter Kalb"): the name starts at k.
func (d *docState) possessorBeforeDE(toks []token, text string, k int) bool {
	if k < 2 || !capWord(&toks[k-1]) || !capWord(&toks[k-2]) || k+1 >= len(toks) || !capWord(&toks[k+1]) {
		return false
	}
	owner := text[toks[k-2].s:toks[k-2].e]
	if len(owner) < 3 || owner[len(owner)-1] != 's' {
		return false
	}
	_, ok := d.byKey[owner[:len(owner)-1]]
	return ok
}

// possessorLeadDE reports whether the run of capitalised words
// toks[start:j] opens with a genitive of a person the text named before
// and a noun, then a name of two words or more ("Roths Anwalt Peter
// Kalb"): the two words lead the run and are no part of the name.
func (d *docState) possessorLeadDE(toks []token, text string, start, j int) bool {
	return j-start >= 4 && d.possessorBeforeDE(toks, text, start+2)
}
