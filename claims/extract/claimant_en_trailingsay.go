package extract

// "Most voters back the cap, officials say": a unit that ends in a short
// attribution after a comma names its speaker there; a plural group that
// takes a position earlier in the unit ("voters back") is what was said,
// not who said it.

// maxTrailingSubject is the most words between the comma and the verb of
// a trailing attribution ("…, a new poll finds").
const maxTrailingSubject = 4

// trailingSayEN reports whether token i stands before a trailing
// attribution: the unit ends (but for closing punctuation) in a comma, at
// most maxTrailingSubject words in lower case or capitalised, and a verb of
// saying in the present or past ("say", "says", "said", "finds", "found"),
// the comma after i.
func trailingSayEN(toks []token, i int) bool {
	end := len(toks) - 1
	for end > i && toks[end].is(tPunct) {
		end--
	}
	if end <= i+2 || !trailingVerbEN(&toks[end]) {
		return false
	}
	for k := end - 1; k > i && end-k <= maxTrailingSubject+1; k-- {
		t := &toks[k]
		if t.p == ',' {
			return end-k >= 2
		}
		if t.is(tPunct) || t.is(tQuote) || t.cat&(cSpeech|cAux) != 0 {
			return false
		}
	}
	return false
}

// trailingVerbEN reports whether t is a verb that ends a trailing
// attribution.
func trailingVerbEN(t *token) bool {
	return !t.is(tCap) && (t.cat&cSpeech != 0 || baseSpeechEN(t) || foldIn(t.low, "finds", "found", "shows", "showed"))
}
