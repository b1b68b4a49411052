package extract

import "strings"

// An English speaker named by a possessive and a noun for the people who
// speak for someone ("Vance’s campaign said", "Ann Lee's lawyers
// argued"): the claimant is the phrase as written, not the person named
// in the possessive, who did not speak.

// agentNounEN reports whether w names those who speak for a person or
// body: a closed class of nouns of representation, and "government"
// ("Norland's government rejected …" is said by the government, not by
// the country).
func agentNounEN(w string) bool {
	return foldIn(w, "campaign", "office", "lawyer", "lawyers", "attorney", "attorneys", "family", "team",
		"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "advisers", "advisors", "government")
}

// possessiveNameEN reports whether the capitalised token t ends in a
// possessive ("Vance’s", "Okafors'").
func possessiveNameEN(t *token) bool {
	w := t.low
	return capWord(t) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")))
}

// possessiveAgentEN returns the subject of the English verb of saying v
// when it is a name in the possessive and a noun of representation
// (agentNounEN) opening the clause: "Vance’s campaign said" gives
// "Vance’s campaign". "" otherwise.
func possessiveAgentEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 2 || toks[e-1].is(tCap) || !agentNounEN(toks[e-1].low) || !possessiveNameEN(&toks[e-2]) {
		return ""
	}
	s := capRunStart(toks, e-2)
	if !subjectStartEN(toks, s) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}

// addedObjectEN reports whether the verb at v is "add" with a counted
// object right after it ("the port added two berths", "a budget
// that adds six officers", "the state added similar rights"): a number,
// a number word, "a"/"an", a quantifier or an adjective of more of a kind
// ("similar", "further", "additional", "fresh"). An act, not a verb of saying; "added she would …", "added
// the plan was …" keep their clause.
func addedObjectEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "added", "adds", "add") || v+1 >= len(toks) {
		return false
	}
	n := &toks[v+1]
	if n.is(tPunct) || n.is(tQuote) {
		return false
	}
	return n.is(tNum) || n.cat&cNumWord != 0 || foldIn(n.low, "a", "an", "more", "another", "some", "several", "extra", "new", "similar", "further", "additional", "fresh")
}
