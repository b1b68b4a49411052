package extract

// "Transport Minister Liu He told reporters …", "Liu He said …": a
// capitalised "He" right after a capitalised word inside the sentence and
// before a word in lower case is the last word of a name (a surname, as in
// many Chinese names), not the pronoun, which is written "he" there; a
// title-case headline ("Lee Says He Will Run") has a capital after it. The
// tokens stay as they are: the subject rule and the claimant's name runs
// ask (nameWordHeEN), the features' entities do not.

// nameWordHeEN reports whether token p is "He" in capitals right after a
// capitalised word that may be part of a name (not a function word or
// punctuation) and not before a capitalised word.
func nameWordHeEN(toks []token, p int) bool {
	if p < 1 || toks[p].low != "he" || !toks[p].is(tCap) || toks[p].is(tAllCap) {
		return false
	}
	if p+1 < len(toks) && capWord(&toks[p+1]) {
		return false
	}
	b := &toks[p-1]
	return capWord(b) && b.cat&cNotName == 0
}
