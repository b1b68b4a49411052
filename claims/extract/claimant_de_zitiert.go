package extract

import "strings"

// "…“, wird Roth von der Agentur Harbor Press zitiert", "…“, zitiert die
// Zeitung Roth", "…“, zitierte man Hanna Kolbe": the one quoted is the
// claimant, not the medium that quotes (the labels name the one quoted).
// In the passive the one quoted is the subject after "wird"; in the
// active, the object after the subject ("man" or a medium).

// quotedOneDE returns the claimant of a form of "zitieren" ("zitiert",
// "zitierte") at the verb v: in a clause that opens after a comma or
// quotation mark with "wird"/"wurde", the subject right after the
// auxiliary ("…“, wird Roth von der Agentur zitiert", "…, wird die Jury
// in einer Mitteilung zitiert"); when v itself follows a comma or
// quotation mark, the object after the verb's subject, "man" or an
// article with capitalised words, perhaps in quotation marks ("…“,
// zitierte man Hanna Kolbe", "…“, zitiert die „Harbor Post“ Roth");
// "" otherwise, and for any other verb.
func (d *docState) quotedOneDE(u *claimUnit, v int) string {
	toks := u.toks
	if !strings.HasPrefix(toks[v].low, "zitiert") || v == 0 {
		return ""
	}
	if a := v - 1; passiveAuxOpensDE(toks, a) {
		return "" // "…, wird zitiert": no subject between
	}
	for a := v - 1; a > 0 && !clauseBreak(&toks[a]); a-- {
		if passiveAuxOpensDE(toks, a) {
			return d.quotedPersonDE(u, a+1) // "…“, wird Roth von der Agentur zitiert"
		}
	}
	if !toks[v-1].is(tPunct) {
		return ""
	}
	k := v + 1
	if k < len(toks) && toks[k].low == "man" {
		return d.quotedPersonDE(u, k+1) // "…“, zitierte man Hanna Kolbe"
	}
	if k >= len(toks) || toks[k].cat&cDet == 0 {
		return ""
	}
	k++
	if k < len(toks) && toks[k].is(tQuote) {
		for k++; k < len(toks) && !toks[k].is(tQuote); k++ {
		}
		k++ // "die „Harbor Post“"
	} else {
		for k < len(toks) && capWord(&toks[k]) {
			k++ // "die Zeitung Harbor Post"
		}
	}
	return d.quotedPersonDE(u, k)
}

// passiveAuxOpensDE reports whether token a is "wird" or "wurde" right
// after a comma or quotation mark.
func passiveAuxOpensDE(toks []token, a int) bool {
	return a > 0 && (toks[a].low == "wird" || toks[a].low == "wurde") && toks[a-1].is(tPunct)
}

// quotedPersonDE returns the name of the person or body that starts at
// token k, after an article or role, or "".
func (d *docState) quotedPersonDE(u *claimUnit, k int) string {
	if k >= len(u.toks) {
		return ""
	}
	return d.nameAt(u.toks, u.text, k, true, u.lex, false, true)
}
