package extract

// A German sentence that opens with a definite role noun as its subject
// ("Der Bundeskanzler nahm am Abend Stellung.") is about the person the
// text gave that role before ("Bundeskanzler Jan Roth"): a following
// "Er bezeichnete …" refers to that person, as after the person's name.

// roleSubjectDE returns the person the text named with the role noun
// that, after an article and at most two inflected adjectives, opens the
// unit toks as a noun of its own ("Der Kanzler", "Die neue Ministerin";
// not "Der Kanzler Jan Roth", a name), "" if none.
func (d *docState) roleSubjectDE(toks []token, lex lexicon) string {
	if len(toks) < 3 || toks[0].cat&cDet == 0 {
		return ""
	}
	j := 1
	for j < len(toks) && j < 3 && toks[j].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[j].low) {
		j++
	}
	if j+1 >= len(toks) || !capWord(&toks[j]) || capWord(&toks[j+1]) {
		return ""
	}
	r := roleOf(&toks[j], lex)
	if r == "" {
		return ""
	}
	if who := d.roleHolderDE(&toks[j], r); d.known(who) {
		return who
	}
	return ""
}
