package extract

// "according to a study published on Friday": a participle of
// publishing followed by a preposition of time or place opens a reduced
// relative clause that tells when or where the source appeared; the
// source ends before it ("study"), not with the clause cut at the date.
// Other participles stay in the described source ("traders briefed on
// the talks", "data provided last week by the Harbor Office": on training
// articles a cut there lost the source's description or its name after
// "by").

// reducedRelativeEN reports whether token e, a word after the first of
// the source phrase, is a participle of publishing (a closed class)
// followed by "on", "in", "at", "last", "this" or "earlier".
func reducedRelativeEN(toks []token, e int) bool {
	if e+1 >= len(toks) || !lowerWord(&toks[e]) {
		return false
	}
	if !foldIn(toks[e].low, "published", "released", "posted", "issued", "unveiled", "presented", "announced") {
		return false
	}
	return foldIn(toks[e+1].low, "on", "in", "at", "last", "this", "earlier")
}
