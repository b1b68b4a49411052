package extract

// "Quelle: Bundesnetzagentur, Stand Oktober": the line under a chart or an
// info box names where its figures come from; the body after "Quelle:" is
// the claimant of that line.

// maxSourceBoxTokens is the most tokens of the name after "Quelle:".
const maxSourceBoxTokens = 8

// sourceBoxDE returns the name after "Quelle:" that opens the unit, up to
// a comma, semicolon or the end ("Quelle: Paul-Ehrlich-Institut"); "" when
// the unit opens otherwise or no capitalised word follows the colon.
func sourceBoxDE(toks []token, text string) string {
	if len(toks) < 3 || toks[0].low != "quelle" || toks[1].p != ':' || !capWord(&toks[2]) {
		return ""
	}
	e := 2
	for e < len(toks) && e-2 < maxSourceBoxTokens && toks[e].p != ',' && toks[e].p != ';' && toks[e].p != '.' {
		e++
	}
	if e < len(toks) && toks[e].p != ',' && toks[e].p != ';' && toks[e].p != '.' {
		return "" // a sentence, not a name
	}
	return text[toks[2].s:toks[e-1].e]
}
