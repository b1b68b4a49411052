package extract

// "Her family said", "the assembly said", "an ally said": a word in -ly
// right after a determiner or a possessive is a noun, the subject of the
// verb of saying, not an adverb between subject and verb ("she later
// said", "he repeatedly said") that verbGroupStartEN steps over.

// lyNounEN reports whether the English word in -ly at token k follows a
// determiner or a possessive pronoun and so is a noun, or is one of the
// nouns in -ly that name a speaker whatever stands before them ("the
// Vollen family said", "Ann Lee's family said": lyNounWordEN).
func lyNounEN(toks []token, k int) bool {
	if k < 1 {
		return false
	}
	p := &toks[k-1]
	return p.cat&cDet != 0 || possessive[p.low] || lyNounWordEN(toks[k].low)
}

// lyNounWordEN reports whether w is a noun in -ly that names a speaker
// and is never an adverb: "family", "assembly", "ally".
func lyNounWordEN(w string) bool {
	return w == "family" || w == "assembly" || w == "ally"
}
