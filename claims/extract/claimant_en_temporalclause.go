package extract

// temporalClauseEN reports whether the English verb of saying v has its
// subject right after a temporal conjunction ("after", "when", "before",
// "until", "once") or the question word of an embedded question
// ("whether", "how", "why"): "The index fell after Lee promised new
// tariffs", "A week after the council announced a review, the mayor
// resigned", "Ruiz wondered whether she could sue". The verb then dates
// the event of the main clause or names what is asked; what it reports
// is background in the author's voice, and the main clause's own verb of
// saying, if any, is asked next. A personal pronoun with a "that" clause
// or a quotation after the verb is left alone: "Lee drew anger after she
// posted that the pool would close" reports the statement the main
// clause judges.
func temporalClauseEN(toks []token, v int) bool {
	j := clauseWordBeforeEN(toks, v)
	if j < 0 || !foldIn(toks[j].low, "after", "when", "before", "until", "once", "whether", "how", "why") {
		return false
	}
	return !(verbGroupBeforeEN(toks, v)-j == 2 && foldIn(toks[j+1].low, "he", "she", "they") && statementAfterEN(toks, v))
}

// clauseWordBeforeEN returns the index of the word that opens the clause
// of the verb of saying v when its subject, at most five words without
// punctuation, stands between them; -1 when the words before v reach
// punctuation first. Callers check which word it is.
func clauseWordBeforeEN(toks []token, v int) int {
	k := verbGroupBeforeEN(toks, v)
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		t := &toks[j]
		if t.is(tPunct) || t.is(tQuote) {
			return -1
		}
		if j < k-1 && foldIn(t.low, "after", "when", "before", "until", "once", "whether", "how", "why", "which", "whom") {
			return j
		}
	}
	return -1
}

// verbGroupBeforeEN is the start of the verb group of v with the
// auxiliary of a perfect ("after Lee had promised").
func verbGroupBeforeEN(toks []token, v int) int {
	k := verbGroupStartEN(toks, v)
	for k > 0 && perfectAuxEN(toks[k-1].low) {
		k--
	}
	return k
}

// statementAfterEN reports whether a "that", a quotation mark or a colon
// follows the verb at v in the unit.
func statementAfterEN(toks []token, v int) bool {
	for i := v + 1; i < len(toks); i++ {
		if toks[i].low == "that" || toks[i].is(tQuote) || toks[i].p == ':' {
			return true
		}
	}
	return false
}
