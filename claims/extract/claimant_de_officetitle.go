package extract

// A noun of office may stand before a name with an academic title between
// and no article before it: "…, sagte Studienleiterin Dr. Miriam Roth",
// "erklärte Chefärztin Prof. Dr. Ina Lenz". The title's full stop ends the
// capitalised run at the noun, so the name after the titles is read
// instead (with an article the inverted subject reads it:
// skipAcademicDE).

// officeTitleSkipDE returns the first token of the name after a noun of
// office at k and up to two academic titles, when a first name and a
// surname follow; else k.
func officeTitleSkipDE(toks []token, text string, k int) int {
	if k+4 >= len(toks) || !capWord(&toks[k]) {
		return k
	}
	if w := text[toks[k].s:toks[k].e]; !officeWordDE(w) && !titleLike(w, 0) {
		return k
	}
	n := skipAcademicDE(toks, k+1)
	if n == k+1 || n+1 >= len(toks) || !capWord(&toks[n]) || !capWord(&toks[n+1]) {
		return k
	}
	return n
}
