package extract

// "Her father, Tom Bell, was …", "Lee's daughter, Ann Lee Hart, runs …":
// a noun of kinship in an apposition before a name gives the person's
// gender, so that a later "she said" is not resolved to the father the
// unit before named.

// kinshipGenderEN returns the gender that a possessive and an English
// noun of kinship give the name starting at token start ("her father,
// Tom Bell" → 'm'), 0 when no such apposition stands before it.
func kinshipGenderEN(toks []token, start int) byte {
	if start < 3 || toks[start-1].p != ',' {
		return 0
	}
	if p := &toks[start-3]; !possessive[p.low] && !possessiveWord(p.low) {
		return 0 // "his", "her", "their", "Lee's"
	}
	return kinshipNounGenderEN(toks[start-2].low)
}

// kinshipNounGenderEN returns the gender of an English noun of kinship or
// marriage, 0 for any other word.
func kinshipNounGenderEN(w string) byte {
	switch w {
	case "father", "son", "husband", "brother", "grandfather", "grandson", "uncle", "nephew", "stepfather", "stepson", "widower", "fiancé":
		return 'm'
	case "mother", "daughter", "wife", "sister", "grandmother", "granddaughter", "aunt", "niece", "stepmother", "stepdaughter", "widow", "fiancée":
		return 'f'
	}
	return 0
}

// kinshipSubjectEN returns the relative an English unit opens with in an
// apposition after a possessive and a noun of kinship ("Lee's daughter,
// Mira, runs the café.", "Her son, Tom Bell, said"): the unit is about
// the relative, not the person in the possessive, so a "she" in the next
// unit refers to Mira. The name is the capitalised words between the
// commas, in the full form the text knows; "" when the unit opens
// otherwise.
func (d *docState) kinshipSubjectEN(toks []token, text string) string {
	k := 0
	if len(toks) > 0 && capWord(&toks[0]) && possessiveWord(toks[0].low) {
		k = 1 // "Lee's"
	} else if len(toks) > 0 && possessive[toks[0].low] {
		k = 1 // "Her"
	}
	if k == 0 || k+3 >= len(toks) || kinshipNounGenderEN(toks[k].low) == 0 || toks[k+1].p != ',' {
		return ""
	}
	s := k + 2
	e := s
	for e < len(toks) && e-s < 4 && capWord(&toks[e]) {
		e++
	}
	if e == s || e >= len(toks) || toks[e].p != ',' {
		return ""
	}
	name := text[toks[s].s:toks[e-1].e]
	if p, ok := d.lookup(name); ok {
		return p.name
	}
	return name
}
