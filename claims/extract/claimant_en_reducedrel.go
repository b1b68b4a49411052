package extract

import "strings"

// "according to a study published on Friday": a past participle followed
// by a preposition of time or place opens a reduced relative clause that
// tells when or where the source appeared; the source ends before it
// ("study"), not with the clause cut at the date.

// reducedRelativeEN reports whether token e, a word after the first of
// the source phrase, is a past participle in "-ed" (or an irregular one of
// publishing and showing) followed by "on", "in", "at", "last", "this" or
// "earlier".
func reducedRelativeEN(toks []token, e int) bool {
	if e+1 >= len(toks) || !lowerWord(&toks[e]) {
		return false
	}
	w := toks[e].low
	if !(len(w) > 4 && strings.HasSuffix(w, "ed")) && !foldIn(w, "shown", "written", "done", "given", "made", "sent", "put") {
		return false
	}
	return foldIn(toks[e+1].low, "on", "in", "at", "last", "this", "earlier")
}
