package extract

// "The Gulf States Forum met on Monday": a capitalised form of a verb of
// saying between two capitalised words of a sentence written in sentence
// case is part of a name, not a verb; in a title-case headline ("Harbor
// Mayor Says Pier Will Close") it is the verb.

// nameVerbsEN returns verbs without those inside a name (nameVerbEN); the
// same slice when none is.
func nameVerbsEN(toks []token, verbs []int) []int {
	k := slicesIndexFunc(verbs, func(v int) bool { return nameVerbEN(toks, v) })
	if k < 0 || !sentenceCaseEN(toks) {
		return verbs
	}
	out := make([]int, 0, len(verbs)-1)
	for _, v := range verbs {
		if !nameVerbEN(toks, v) {
			out = append(out, v)
		}
	}
	return out
}

// nameVerbEN reports whether the verb at v is capitalised, not the unit's
// first word, and stands between two capitalised words.
func nameVerbEN(toks []token, v int) bool {
	return v >= 1 && v+1 < len(toks) && capWord(&toks[v]) && capWord(&toks[v-1]) && capWord(&toks[v+1])
}

// sentenceCaseEN reports whether the English unit has a lower-case word
// other than the short function words a title-case headline leaves in
// lower case ("of", "the", "and", "to").
func sentenceCaseEN(toks []token) bool {
	for i := range toks {
		if lowerWord(&toks[i]) && !foldIn(toks[i].low, "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
			"on", "at", "to", "by", "of", "in", "up", "as", "off", "per", "via", "vs") {
			return true
		}
	}
	return false
}

// slicesIndexFunc returns the first index of s that f accepts, -1 none.
func slicesIndexFunc(s []int, f func(int) bool) int {
	for i, v := range s {
		if f(v) {
			return i
		}
	}
	return -1
}
