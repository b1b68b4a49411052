package extract

import "strings"

// "Harbor Foods will cut 300 jobs, the company said.": a definite
// description of a body as the subject of the verb of saying ("the
// company", "the airline") refers to the body its own sentence opens
// with, when that sentence opens with a capitalised name: a company does
// not speak about a person as its subject. The body is then the one a
// later "the carrier said" refers to.

// openingBodyEN returns the run of capitalised words that opens the
// English unit (after a dateline or an article, perhaps) and ends before
// a comma or a verb (verbFormEN; not "Norland Party forums posted …"): two
// or more words, or one of a body's form (orgNameEN), not opened by a
// preposition ("In Boston, …"); "" otherwise. Token v, the verb of saying,
// must come after it.
func (d *docState) openingBodyEN(toks []token, text string, v int) string {
	s := datelineEndEN(toks, text) // "HARBOR CITY (Wire) - Harbor Foods …"
	if s < len(toks) && toks[s].cat&cDet != 0 {
		s++
	}
	e := s
	for e < v && capWord(&toks[e]) {
		e++
	}
	if e == s || e >= v || !(toks[e].p == ',' || lowerWord(&toks[e]) && verbFormEN(&toks[e])) {
		return ""
	}
	if toks[s].cat&cNotName != 0 && !foldIn(toks[s].low, "but", "and", "yet", "so") {
		return "" // "In Boston, the company said": an opening phrase
	}
	name := text[toks[s].s:toks[e-1].e]
	if e-s < 2 && !orgNameEN(name) {
		return ""
	}
	return name
}

// verbFormEN reports whether the lower-case token t may be the finite verb
// after a subject: an auxiliary or modal, a word of the future or of an
// intention ("will", "plans": "Harbor Foods will cut 300 jobs, the company
// said"; not the noun "future"), or a past form in "-ed".
func verbFormEN(t *token) bool {
	return t.cat&(cAux|cModal) != 0 || t.cat&cFuture != 0 && t.low != "future" || len(t.low) > 3 && strings.HasSuffix(t.low, "ed")
}
