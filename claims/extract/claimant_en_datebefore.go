package extract

// "A state judge on Friday said …": English news often puts the day of
// the statement between the subject and its verb. A described source
// (claimant_en_described.go) ends before that time phrase; the date is
// when it was said, never part of who said it.

// dateBeforeVerbEN returns where a time phrase that ends right before
// toks[e] starts ("on Friday", "Friday", "on Dec. 3", "December 3", "last week",
// "earlier this month", "yesterday"), or e when none ends there.
func dateBeforeVerbEN(toks []token, e int) int {
	k := e
	switch {
	case k >= 1 && toks[k-1].cat&(cWeekday|cRelDate) != 0:
		k-- // "Friday", "yesterday"
	case k >= 2 && toks[k-1].is(tNum) && toks[k-2].cat&cMonth != 0:
		k -= 2 // "December 3"
	case k >= 3 && toks[k-1].is(tNum) && toks[k-2].p == '.' && toks[k-3].cat&cMonth != 0:
		k -= 3 // "Dec. 3"
	case k >= 2 && toks[k-1].cat&cTimeNoun != 0 && foldIn(toks[k-2].low, "last", "this", "next"):
		k -= 2 // "last week"
		if k >= 1 && foldIn(toks[k-1].low, "earlier", "late", "early") {
			k-- // "earlier this month"
		}
		return k
	default:
		return e
	}
	if k >= 1 && toks[k-1].low == "on" {
		k-- // "on Friday"
	}
	return k
}
