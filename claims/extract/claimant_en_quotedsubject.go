package extract

// "Sanders delivered a snappy retort: “No one is tearing this up.”",
// "Earlier this week, Clinton shared her worries with donors, “I do not
// know …”", "Cruz's response: “As I said, …”": a unit with no verb of
// saying whose quotation follows a colon or comma after the main clause
// gives the quotation to that clause's subject, a person the text knows,
// rather than to the speaker of the units before.

// quotedSubjectEN returns the full name of the person the text knows who
// is the subject of the main clause (mainSubjectStartEN; also in the
// possessive) of a unit that has no verb of saying, does not open with a
// quotation mark and has a double quotation of three words or more
// right after a colon or comma; "" otherwise.
func (d *docState) quotedSubjectEN(u *claimUnit) string {
	toks, text := u.toks, u.text
	if len(u.verbs) > 0 || len(toks) == 0 || toks[0].is(tQuote) {
		return ""
	}
	q := introducedQuoteEN(toks, text)
	if q < 0 {
		return ""
	}
	s := mainSubjectStartEN(toks, q-1)
	if s < 0 || !capWord(&toks[s]) || s > 0 && toks[s-1].cat&cDet != 0 {
		return ""
	}
	e := s
	for e < q && capWord(&toks[e]) {
		e++
	}
	i, ok := d.byKey[possessiveStemEN(text[toks[s].s:toks[e-1].e])]
	if !ok || !d.personLikeEN(d.people[i].name) {
		return ""
	}
	return d.people[i].name
}

// introducedQuoteEN returns the index of the first double quotation mark
// of the unit when a colon or comma stands right before it, at least
// three words follow it inside the quotation, and the quotation runs to
// the unit's end (a quoted title goes on with the sentence: "an opera,
// “Harbor Nights,” composed by …"); -1 otherwise.
func introducedQuoteEN(toks []token, text string) int {
	for q := 2; q < len(toks); q++ {
		if !quoteMarkEN(&toks[q], text) {
			continue
		}
		if toks[q-1].p != ':' && toks[q-1].p != ',' {
			return -1
		}
		words, k := 0, q+1
		for ; k < len(toks) && !quoteMarkEN(&toks[k], text); k++ {
			if lowerWord(&toks[k]) || capWord(&toks[k]) {
				words++
			}
		}
		for k++; k < len(toks) && toks[k].is(tPunct) && !toks[k].is(tQuote); k++ {
		}
		if words < 3 || k < len(toks) {
			return -1 // a short or closed quotation with more of the sentence after it
		}
		return q
	}
	return -1
}

// quoteMarkEN reports whether t is a double quotation mark, also written
// as two single ones ("”").
func quoteMarkEN(t *token, text string) bool {
	return t.is(tQuote) && (doubleQuote(t, text) || text[t.s:t.e] == "''")
}
