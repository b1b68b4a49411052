package extract

// "Ann Lee and Tom Bell have both said", "the dockers all say": a
// quantifier that floats after its subject ("all", "both") stands
// between the subject and its verb of saying like an adverb.

// floatingQuantifierEN reports whether token k is "all" or "both" after
// a subject or an auxiliary, not opening the sentence or a noun phrase.
func floatingQuantifierEN(toks []token, k int) bool {
	if k < 1 || toks[k].low != "all" && toks[k].low != "both" {
		return false
	}
	p := &toks[k-1]
	return !p.is(tPunct) && p.cat&cDet == 0 && p.low != "of" && p.low != "and"
}
