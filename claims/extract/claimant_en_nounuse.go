package extract

import "strings"

// Many English verbs of saying share their form with a plural noun
// ("remarks", "claims", "reports", "charges"). Right after an article or
// a possessive ("Lee's remarks were …", "his claims", "the reports") the
// word is that noun: it heads a noun phrase and reports no statement by
// a subject, so it names no speaker. So does such a word capitalised right
// after a colon, opening the topic of a headline ("NorthJet Flight 221:
// Questions over the landing", "Budget: Claims and facts").

// nounUseEN reports whether the English verb of saying at token v stands
// right after an article or a possessive (a possessive pronoun or a word
// in "'s" or "s'"), in "-s" right after a preposition ("with questions"),
// or capitalised in "-s" right after a colon.
func nounUseEN(toks []token, v int) bool {
	if v == 0 {
		return false
	}
	p := &toks[v-1]
	if p.is(tPunct) {
		return p.p == ':' && toks[v].is(tCap) && strings.HasSuffix(toks[v].low, "s") // "Flight 221: Questions over …"
	}
	if p.cat&cDet != 0 || foldIn(p.low, "his", "her", "its", "their", "our", "my", "your") {
		return true
	}
	if prepositionEN(p.low) && strings.HasSuffix(toks[v].low, "s") {
		return true // "came prepared with questions", "flooded with claims": a plural noun
	}
	return strings.HasSuffix(p.low, "'s") || strings.HasSuffix(p.low, "’s") || strings.HasSuffix(p.low, "s'") || strings.HasSuffix(p.low, "s’")
}
