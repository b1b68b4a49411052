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
// in "'s" or "s'"), after a number that follows an article or a
// possessive pronoun (countedNounEN), in "-s" right after a preposition
// ("with questions"), capitalised in "-s" right after a colon, or in "-s"
// before "are" or "were" (pluralBeforeBeEN).
func nounUseEN(toks []token, v int) bool {
	if v == 0 {
		return false
	}
	if pluralBeforeBeEN(toks, v) {
		return true // "Continuing claims are at 1.9 million" (claimant_en_nounbeforebe.go)
	}
	p := &toks[v-1]
	if p.is(tPunct) {
		return p.p == ':' && toks[v].is(tCap) && strings.HasSuffix(toks[v].low, "s") // "Flight 221: Questions over …"
	}
	if p.cat&cDet != 0 || foldIn(p.low, "his", "her", "its", "their", "our", "my", "your") {
		return true
	}
	if pluralNounEN(toks, v) {
		return true // "the jobs reports aren't …", "Many tweets used …" (claimant_en_pluralnoun.go)
	}
	if prepositionEN(p.low) && strings.HasSuffix(toks[v].low, "s") {
		return true // "came prepared with questions", "flooded with claims": a plural noun
	}
	if countedNounEN(toks, v) {
		return true // "the four claims brought by Tom Bell"
	}
	if negatedObjectEN(toks, v) {
		return true // "did not return calls" (claimant_en_negated.go)
	}
	if v+1 < len(toks) && toks[v+1].low == "of" && foldIn(toks[v].low, "claims", "reports", "notes", "comments", "remarks") {
		return true // "cited studies to back claims of a growing pattern": a noun, no verb of saying
	}
	return strings.HasSuffix(p.low, "'s") || strings.HasSuffix(p.low, "’s") || strings.HasSuffix(p.low, "s'") || strings.HasSuffix(p.low, "s’")
}

// countedNounEN reports whether the token before v is a number (digits
// or a number word) right after an article or a possessive pronoun: "the
// four claims", "their 12 claims" count nouns. A number alone before the
// verb may be its subject ("Of those asked, 60 said …"), and an age used
// as a noun is the subject ("The 54-year-old said": ageEpithetEN).
func countedNounEN(toks []token, v int) bool {
	if v < 2 {
		return false
	}
	n, d := &toks[v-1], &toks[v-2]
	if !(n.is(tNum) || n.cat&cNumWord != 0) || n.is(tPunct) || ageEpithetEN(n.low) {
		return false
	}
	return d.cat&cDet != 0 || foldIn(d.low, "his", "her", "its", "their", "our", "my", "your")
}
