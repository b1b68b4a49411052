package extract

// "The soldier, Pavel Ilin, was from Dorsk. His family said … His lawyer
// said …": a unit that opens with "His" or "Her" and a noun is about the
// person the pronoun refers to, as one opening with "He" or "She" is
// (noteFirstPersonEN), so the next "his" refers to that person again, not
// to a speaker quoted before.

// openingPossessiveEN returns the gender of "His" or "Her" opening the
// unit before a word in lower case; 0 otherwise.
func openingPossessiveEN(toks []token) byte {
	if len(toks) < 2 || !lowerWord(&toks[1]) {
		return 0
	}
	return pronounPossessiveGenderEN(toks[0].low)
}
