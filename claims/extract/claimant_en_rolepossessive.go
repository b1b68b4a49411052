package extract

import "strings"

// "The mayor's office said …", "the governor's spokesman said …": a role
// in the possessive after "the" and a noun of representation
// (agentNounEN) as the subject of the verb of saying; the phrase without
// the article is the claimant, as "Vance's campaign" is for a name.

// rolePossessiveAgentEN returns the subject of the English verb of saying
// v when it is "the", a lower-case role noun in the possessive and a noun
// of representation, opening the clause; "" otherwise.
func rolePossessiveAgentEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 3 || !lowerWord(&toks[e-1]) || !agentNounEN(toks[e-1].low) {
		return ""
	}
	p := &toks[e-2]
	stem, ok := strings.CutSuffix(p.low, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(p.low, "’s")
	}
	if !ok || p.is(tCap) || !roleNounWordEN(stem) {
		return ""
	}
	a := modifiersBeforeEN(toks, e-2)
	if a < 1 || toks[a-1].low != "the" || !subjectStartEN(toks, a) {
		return ""
	}
	return text[toks[a].s:toks[e-1].e]
}

// modifiersBeforeEN returns the first of at most two lower-case words
// with no category but a role right before token k ("the state attorney
// general's office", "the county sheriff's office"), or k when none.
func modifiersBeforeEN(toks []token, k int) int {
	a := k
	for a > 0 && k-a < 2 && lowerWord(&toks[a-1]) && toks[a-1].cat&^cRole == 0 {
		a--
	}
	return a
}
