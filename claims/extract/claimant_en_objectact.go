package extract

// Some English verbs of saying also name an act done with a noun phrase
// as object: "Members of the council asked the auditor to review the
// books", "Lee proposed a budget for 2025", "the union backed the
// strike", "Cole promised a review", "the governor declared a state of
// emergency". "announced" is left out: an
// announcement with its object ("Dora Vance announced a new pier plan")
// is the announcer's claim (TestMediaLabelEN).
// With such an object and no clause or quotation anywhere after it the
// unit reports the act, not a claim: the subject is remembered as a
// speaker for the quotations that follow (as for "spoke": speakActEN),
// but no claimant is given. "asked that …", "proposed: “…”",
// "proposed a budget, saying …" keep theirs.

// objectActEN reports whether the English speech verb v is such a verb
// followed right away by an article, a possessive, "no" or a number,
// with no "that", quotation mark, colon or other verb of saying after it
// in the unit ("proposed a budget, saying …" keeps its claim).
func objectActEN(toks []token, text string, v int) bool {
	if courtFindingEN(toks, v) {
		return true // "A jury found Lee not guilty" (claimant_en_courtfinding.go)
	}
	if findOneselfEN(toks, v) {
		return true // "Lee found herself in a dispute" (claimant_en_findoneself.go)
	}
	if calledEventEN(toks, v) || reportedOnEN(toks, v) || agreedToEN(toks, v) || respondedByEN(toks, v) { // claimant_en_agreedto.go, claimant_en_respondedby.go
		return noClauseAfterEN(toks, text, v) // "called an emergency session", "reported on a meeting" (claimant_en_calledevent.go, claimant_en_reportedon.go)
	}
	if !(foldIn(toks[v].low, "asked", "asks", "proposed", "proposes", "backed", "backs", "promised", "promises", "declared", "declares") || announcedOwnEN(toks, v)) || v+1 >= len(toks) {
		return false
	}
	n := &toks[v+1]
	if !(n.cat&cDet != 0 || n.is(tNum) || foldIn(n.low, "his", "her", "their", "its", "our", "no")) {
		return false
	}
	return noClauseAfterEN(toks, text, v)
}

// noClauseAfterEN reports whether no "that", quotation mark, colon or
// verb of saying follows the verb at v in the unit.
func noClauseAfterEN(toks []token, text string, v int) bool {
	for i := v + 1; i < len(toks); i++ {
		if toks[i].low == "that" || toks[i].is(tQuote) || toks[i].p == ':' || doubleQuote(&toks[i], text) || toks[i].cat&cSpeech != 0 || foldIn(toks[i].low, "saying", "adding", "telling", "noting", "arguing", "explaining", "insisting", "warning", "stating", "declaring") {
			return false
		}
	}
	return true
}
