package extract

// "A survey by the Harlow Courier earlier this year found …", "a report
// by the Budget Office in March showed …": words saying when the document
// came out may stand between its issuer's name and the verb of saying.

// whenWordsEN reports whether every token says when ("earlier this year",
// "in March", "on Monday", "last week") and one of them names a time: a
// month, weekday, time noun or relative date.
func whenWordsEN(toks []token) bool {
	timed := false
	for i := range toks {
		t := &toks[i]
		switch {
		case t.is(tPunct):
			return false
		case t.cat&(cMonth|cWeekday|cTimeNoun|cRelDate) != 0:
			timed = true
		case t.is(tNum) && len(t.low) == 4: // "in 2024"
			timed = true
		case foldIn(t.low, "earlier", "later", "this", "last", "past", "in", "on", "of", "the", "late", "early", "published", "released"):
		default:
			return false
		}
	}
	return timed
}

// issuerNameEndEN returns the end of the issuer's name that starts at s
// and runs before e: capitalised words, "of", "for" and "and" between
// them, a month or weekday after the first word ending it; what follows
// it up to e must be whenWordsEN. -1 when there is no such name.
func issuerNameEndEN(toks []token, s, e int) int {
	end := s
	for end < e {
		t := &toks[end]
		if capWord(t) && (end == s || t.cat&(cMonth|cWeekday) == 0) || foldIn(t.low, "of", "for", "and") {
			end++
			continue
		}
		break
	}
	for end > s && !capWord(&toks[end-1]) {
		end--
	}
	if end == s || end < e && !whenWordsEN(toks[end:e]) {
		return -1
	}
	return end
}

// insertedWhenEndEN returns the end of the issuer's name that starts at s
// when words saying when stand between commas after it up to e ("the
// Institute for Security Policy, published in September, estimated"); -1
// otherwise.
func insertedWhenEndEN(toks []token, s, e int) int {
	c := s
	for c < e && (capWord(&toks[c]) || c > s && foldIn(toks[c].low, "of", "for", "and")) {
		c++
	}
	if c == s || c+2 >= e || !capWord(&toks[c-1]) || toks[c].p != ',' || toks[e-1].p != ',' || !whenWordsEN(toks[c+1:e-1]) {
		return -1
	}
	return c
}
