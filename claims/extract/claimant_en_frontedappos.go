package extract

// "In July, Ann Lee, vice chair of Harbor Foods, told reporters …",
// "Later, Tom Bell, a former mayor, said …": a capitalised phrase that
// opens the sentence and is closed by a comma is a fronted adverbial
// when it opens with a preposition, an adverb or a word of time
// (frontedOpenerEN) and more commas follow before the verb; the subject
// is the name after it, set off by the apposition's commas.

// frontedSegmentEN reports whether toks[from:first], the words before the
// first comma, open the unit with a fronted adverbial and another comma
// (prev) follows before the verb.
func frontedSegmentEN(toks []token, from, first, prev int) bool {
	return from == 0 && prev > first && frontedOpenerEN(&toks[0])
}
