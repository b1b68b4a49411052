package extract

import "strings"

// "The foreign ministry said … The finance ministry said …": a
// description whose noun the body quoted last also has, but with a
// lower-case modifier that body's name lacks, names another body of the
// same kind. The description itself ("finance ministry") is then the
// claimant, not the body quoted last.

// otherBodyEN returns the description before the English verb of saying
// v, without its article, when its noun also heads body (the claimant
// noted last) and a lower-case modifier before the noun is not a word of
// body ("the finance ministry" after "foreign ministry of Norland");
// body otherwise.
func otherBodyEN(toks []token, text string, v int, body string) string {
	if body == "" {
		return body
	}
	e := verbGroupStartEN(toks, v)
	if e < 3 || toks[e-2].low == "the" || !lowerWord(&toks[e-2]) {
		return body
	}
	words := strings.Fields(strings.ToLower(body))
	if !wordIn(toks[e-1].low, words) {
		return body // "Harbor Air … the budget carrier said"
	}
	b := e - 2
	for b > 0 && toks[b-1].low != "the" && lowerWord(&toks[b-1]) {
		b--
	}
	for k := b; k < e-1; k++ {
		if wordIn(toks[k].low, words) {
			return body // "the foreign ministry" again
		}
	}
	return text[toks[b].s:toks[e-1].e]
}

// wordIn reports whether w is one of words.
func wordIn(w string, words []string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
