package extract

// "“We are heartbroken,” the Vollen family said.": a family named by its
// surname, capitalised words before "family" or "families", is the
// subject of the verb of saying. The claimant is the family as written
// without the article ("Vollen family", as the labels write "the Lee
// family"), not the person of that surname the text named before, whom
// the subject finder took the surname for.

// familyNameEN returns "<surname> family" when the subject of the English
// verb of saying v is capitalised words and a lower-case "family" or
// "families" opening the clause; "" otherwise.
func familyNameEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 2 || !lowerWord(&toks[e-1]) || !foldIn(toks[e-1].low, "family", "families") {
		return ""
	}
	s := capRunStart(toks, e-1)
	if s < e-1 && toks[s].cat&cDet != 0 {
		s++ // "The Vollen family" opening the unit
	}
	if s == e-1 || !subjectStartEN(toks, s) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}
