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
