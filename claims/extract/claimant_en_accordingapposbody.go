package extract

// "…, according to their union, Drivers United.": a source described by a
// possessive and a common noun ("their union", "its parent company") may
// be named by an apposition that runs to the end of the sentence or to a
// comma; the name is the claimant, not the description. Names of bodies
// may hold lower-case linking words ("Unite the Workers", "Friends of the
// Earth").

// maxDescribedBody is the most tokens a described body may have before
// the comma that opens its apposition.
const maxDescribedBody = 4

// accordingApposBodyEN returns the name set off by a comma after the
// source described from token s by a possessive and lower-case words, when
// the name opens with a capitalised word, ends with one, holds only
// capitalised words and "the", "of", "for", "and" between, and closes the
// sentence or meets a comma; "" otherwise.
func accordingApposBodyEN(toks []token, text string, s int) string {
	if s >= len(toks) || !possessive[toks[s].low] {
		return ""
	}
	c := s + 1
	for c < len(toks) && c-s <= maxDescribedBody && lowerWord(&toks[c]) {
		c++
	}
	if c == s+1 || c+1 >= len(toks) || toks[c].p != ',' || !capWord(&toks[c+1]) || toks[c+1].cat&(cNotName|cMonth|cWeekday|cRelDate) != 0 {
		return ""
	}
	e := c + 1
	for e < len(toks) && (capWord(&toks[e]) || nameLinkEN(toks[e].low) && e+1 < len(toks) && capWord(&toks[e+1])) {
		e++
	}
	if e < len(toks) && toks[e].p != ',' && !(e == len(toks)-1 && toks[e].is(tPunct)) {
		return "" // "according to their union, Unite says …": no apposition
	}
	return text[toks[c+1].s:toks[e-1].e]
}

// nameLinkEN reports whether w may link the capitalised words of a body's
// name ("Unite the Workers", "Friends of the Earth").
func nameLinkEN(w string) bool {
	switch w {
	case "the", "of", "for", "and":
		return true
	}
	return false
}
