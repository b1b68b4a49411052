package extract

// "Der Rat hatte den Neubau beschlossen (wir berichteten).": a verb of
// reporting in parentheses at a sentence's end points to the paper's
// earlier coverage; it attributes nothing in the sentence.

// crossReferenceDE reports whether the verb of saying v stands in a
// parenthesis of at most three words that closes right after it ("(wir
// berichteten)", "(Nordkurier berichtete)").
func crossReferenceDE(toks []token, v int) bool {
	if v+1 >= len(toks) || toks[v+1].p != ')' {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if toks[k].p == '(' {
			return true
		}
		if toks[k].is(tPunct) {
			return false
		}
	}
	return false
}
