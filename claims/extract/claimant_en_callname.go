package extract

// "a group called the Harbor Caucus.", "The device, called the Quillon
// Duo, will …", "Lee called the Harbor Post, …": "called" or "dubbed"
// with only a name after it, up to a comma or the unit's end, names
// something or reports a call, and says nothing; "Lee called the plan
// “a farce”" goes on after the name and keeps its verb.

// callNameVerbsEN returns verbs without those that name or call
// (callNameEN); the same slice when none does.
func callNameVerbsEN(toks []token, verbs []int) []int {
	if slicesIndexFunc(verbs, func(v int) bool { return callNameEN(toks, v) }) < 0 {
		return verbs
	}
	out := make([]int, 0, len(verbs)-1)
	for _, v := range verbs {
		if !callNameEN(toks, v) {
			out = append(out, v)
		}
	}
	return out
}

// callNameEN reports whether the English verb at v is "called" or
// "dubbed" followed by an optional article and a run of capitalised words
// (quotation marks around it allowed) that ends the clause: a comma, the
// unit's closing full stop or its end comes next.
func callNameEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "called", "dubbed") {
		return false
	}
	i := v + 1
	if i < len(toks) && toks[i].is(tQuote) {
		i++
	}
	if i < len(toks) && toks[i].cat&cDet != 0 && !toks[i].is(tCap) {
		i++ // "the"
	}
	n := 0
	for i < len(toks) && (capWord(&toks[i]) || toks[i].is(tQuote)) {
		if capWord(&toks[i]) {
			n++
		}
		i++
	}
	return n > 0 && (i == len(toks) || toks[i].p == ',' || toks[i].p == '.' && unitEndEN(toks, i+1))
}

// unitEndEN reports whether only punctuation follows token i-1 ("Caucus."
// ends the unit; "J. Trump's remarks" does not).
func unitEndEN(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if !toks[i].is(tPunct) {
			return false
		}
	}
	return true
}
