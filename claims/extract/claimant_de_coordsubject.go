package extract

// "Die Betriebe schrieben Verluste, erklärte er.": a verb that follows a
// comma with its subject right after it closes a reported clause; it is
// no second predicate of the subject before the first verb, whose object
// follows it ("…, bemängelte aber die Zuschüsse"). coordinatedPredicateDE
// asks this before it reads the two verbs as one subject's.

// subjectAfterSayDE reports whether the tokens after the speech verb at v
// up to the end of the unit are only its subject: the pronoun "er" or
// "sie" (with at most one particle such as "hinzu"), a noun phrase in the
// masculine nominative ("der Sprecher"), or the surname of a person the
// text named before.
func (d *docState) subjectAfterSayDE(toks []token, text string, v int) bool {
	end := len(toks)
	for end > v+1 && toks[end-1].is(tPunct) && !toks[end-1].is(tQuote) {
		end--
	}
	n := end - (v + 1)
	if n < 1 {
		return false
	}
	first := toks[v+1]
	switch {
	case first.low == "er" || first.low == "sie":
		return n == 1 || n == 2 && !upperFirst(text[toks[v+2].s:toks[v+2].e])
	case first.low == "der":
		return n >= 2 && n <= 5
	case n == 1:
		return d.bySurnameDE(text[first.s:first.e]) != ""
	}
	return false
}
