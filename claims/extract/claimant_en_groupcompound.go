package extract

// A group subject goes on after its first plural noun ("Tenant rights
// advocates say", "Ferry pilots and harbor engineers say", "The crews and
// their families say"): in a noun compound the last noun is the head, the
// plural before it a modifier ("rights"); two groups joined by "and" or
// "or" speak together. groupSubjectEN otherwise wants its head to end the
// phrase or take a complement.

// groupTailEN returns the head of a group subject ending before token e
// whose first plural noun (the head so far) is right before token i: i
// itself when it is another plural noun after a lower-case one (a
// compound; "the town's efforts" is left alone) or a plural noun right
// before the verb after a possessive ("Avery's lawyers say", "the plan's
// critics argue"; the possessor as the text writes it), or e-1 when i is
// "and"/"or" and the words up to a plural noun at e-1 form a second group
// (no verb, pronoun subject, relative word, number or punctuation in
// between) and the first head is no collective noun ("The Norland
// administration and the dock owners say" names two claimants, which this
// does not split); -1 otherwise.
func groupTailEN(toks []token, i, e int) int {
	if i >= e {
		return -1
	}
	if groupNounEN(&toks[i], false) && !collectiveEN[toks[i].low] && !sAdverbEN(toks[i].low) && !toks[i-1].is(tCap) && !possessiveWord(toks[i-1].low) {
		return i // "rights advocates"
	}
	if possessiveWord(toks[i-1].low) && i+1 == e && groupNounEN(&toks[i], false) && !sAdverbEN(toks[i].low) {
		return i // "Avery's lawyers say"
	}
	if toks[i].low != "and" && toks[i].low != "or" || e-1 <= i || !groupNounEN(&toks[e-1], false) || sAdverbEN(toks[e-1].low) || collectiveEN[toks[i-1].low] {
		return -1
	}
	for k := i + 1; k < e-1; k++ {
		t := &toks[k]
		if t.is(tPunct) || t.is(tQuote) || t.is(tNum) || t.cat&(cAux|cSpeech|cModal|cPronM|cPronF) != 0 || foldIn(t.low, "that", "who", "which", "they", "it", "and", "or") {
			return -1
		}
	}
	return e - 1 // "pilots and engineers", "the crews and their families"
}

// sAdverbEN reports whether w (lower case) is an English adverb ending in
// "s", which groupNounEN's plural test would take for a noun ("the
// owners always said").
func sAdverbEN(w string) bool {
	return foldIn(w, "always", "sometimes", "perhaps", "besides", "nowadays", "afterwards", "towards", "backwards",
		"forwards", "indoors", "outdoors", "overseas", "nevertheless", "regardless", "thus", "upstairs", "downstairs", "sideways", "anyways")
}

// groupPrepEN reports whether token i, right after a group's head, is a
// preposition of place or side that takes a complement of the group
// ("Members on the harbor board", "Farmers on both banks", "staff
// inside the firm"), not a date ("Harbor pilots on Tuesday said").
func groupPrepEN(toks []token, i int) bool {
	if !foldIn(toks[i].low, "on", "inside", "within", "across", "outside") {
		return false
	}
	return i+1 < len(toks) && !dateWord(toks[i+1].low) && toks[i+1].cat&(cWeekday|cMonth|cRelDate|cTimeNoun) == 0
}

// A group subject may open a subordinate clause before a plural verb of
// saying or belief (claimVerbPluralEN): "a burden that dock owners say makes
// the port poorer", "It explains why ferry users say …", "Although many
// farmers believe …". The subordinator ends the search for the clause's
// start as a comma does; "says" or "said" after it are left alone ("yards
// that build ferries, says a report").

// claimVerbPluralEN reports whether w (lower case) is the plural present of
// a verb that reports a claim or a belief, the only verbs a group after a
// subordinator is read with ("that tenants would refuse", "that owners
// would reply" report no claim).
func claimVerbPluralEN(w string) bool {
	return foldIn(w, "say", "assert", "believe", "argue", "contend", "insist", "claim", "allege", "maintain", "estimate", "predict", "warn")
}

// subordinatorEN reports whether w (lower case) opens a subordinate clause
// before its subject.
func subordinatorEN(w string) bool {
	return foldIn(w, "that", "why", "because", "although", "though", "whether", "if", "since", "when")
}

// subordinateStartEN returns the token after the last subordinator between
// tokens s and e and true, or s and false when there is none.
func subordinateStartEN(toks []token, s, e int) (int, bool) {
	for k := e - 1; k >= s; k-- {
		if subordinatorEN(toks[k].low) {
			if k+1 < e && foldIn(toks[k+1].low, "do", "does", "did") {
				return s, false // "a club that does believe …": no subject
			}
			return k + 1, true
		}
	}
	return s, false
}
