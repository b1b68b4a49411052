package extract

// temporalClauseEN reports whether the English verb of saying v has its
// subject right after a temporal conjunction ("after", "when", "before",
// "until", "once"): "The index fell after Lee promised new tariffs",
// "A week after the council announced a review, the mayor resigned". The
// verb then dates the event of the main clause; what it reports is
// background in the author's voice, and the main clause's own verb of
// saying, if any, is asked next. The subject is at most five words
// without punctuation between the conjunction and the verb group. A
// personal pronoun with a "that" clause or a quotation after the verb is
// left alone: "Lee drew anger after she posted that the pool would
// close" reports the statement the main clause judges.
func temporalClauseEN(toks []token, v int) bool {
	k := verbGroupStartEN(toks, v)
	for k > 0 && perfectAuxEN(toks[k-1].low) {
		k-- // "after Lee had promised"
	}
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		t := &toks[j]
		if t.is(tPunct) || t.is(tQuote) {
			return false
		}
		if j < k-1 && foldIn(t.low, "after", "when", "before", "until", "once") {
			return !(k-j == 2 && foldIn(toks[j+1].low, "he", "she", "they") && statementAfterEN(toks, v))
		}
	}
	return false
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
