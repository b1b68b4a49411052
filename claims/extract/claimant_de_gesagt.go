package extract

// German uses "gesagt" after an adjective as a comment on the wording, a
// sentence adverbial, not as a verb of saying: "Kurz gesagt, …",
// "Ehrlich gesagt ist das zu wenig", "…, grob gesagt, …". The adjective
// is then no speaker, and the unit's real verb of saying, if any, names
// one.

// wordingGesagtDE reports whether v is "gesagt" right after a word that
// opens its clause and is neither an article nor a pronoun ("Kurz
// gesagt", ", ehrlich gesagt,"), with a comma, a colon, the end of the
// sentence or a lower-case word (the finite verb) after it.
func wordingGesagtDE(toks []token, v int) bool {
	if toks[v].low != "gesagt" || v < 1 {
		return false
	}
	a := &toks[v-1]
	if a.is(tPunct) || a.is(tNum) || a.cat&cDet != 0 || pronoun(a, false) != 0 || pronoun(a, true) != 0 || v >= 2 && !clauseBreak(&toks[v-2]) {
		return false
	}
	if !lowerWord(a) && v-1 != 0 {
		return false // a name in mid-sentence
	}
	return v+1 == len(toks) || toks[v+1].is(tPunct) || lowerWord(&toks[v+1])
}
