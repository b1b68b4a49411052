package extract

// "Pension rules change from state to state", "rules in each state",
// "the state fair": many base forms of English verbs of saying are also nouns ("state",
// "report", "call", "charge", "answer"); after a determiner, a
// quantifier, a possessive or a preposition, or before "and" or "or",
// the word is the noun, and the words before it are no group that
// speaks.

// baseNounEN reports whether the base form at token i reads as a noun:
// the word before it is a determiner, a quantifier, a possessive or a
// preposition of the closed class below, or "and" or "or" follows it.
func baseNounEN(toks []token, i int) bool {
	if i+1 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "or") {
		return true // "state and local law"
	}
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.is(tPunct) {
		return false
	}
	return p.cat&cDet != 0 || possessiveWord(p.low) || foldIn(p.low, "each", "every", "any", "no", "this", "that",
		"another", "its", "their", "his", "her", "our", "your", "my", "from", "in", "at", "by", "for", "per", "across",
		"within", "between", "into", "throughout", "on", "with", "without", "about")
}
