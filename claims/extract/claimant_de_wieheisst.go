package extract

// In a clause opened by "wie es" the impersonal "heißt es" puts its verb
// last and its source before it: "…, wie es aus dem Landratsamt heißt",
// "…, wie es in einem Bericht der Stadt heißt", "…, wie es seitens des
// Verbands heißt". heisstEsSourceDE reads the main-clause order only.

// wieEsHeisstDE returns the source of a "wie es … heißt/hieß" clause that
// ends its sentence or clause: the phrase of a source preposition ("aus",
// "von", "seitens", …) or the genitive of a noun of communication after
// "in"; "" when the unit has no such clause.
func (d *docState) wieEsHeisstDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsHeisst) {
		return ""
	}
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].low != "wie" || toks[k+1].low != "es" {
			continue
		}
		h := k + 3
		for h < len(toks) && h-k <= 12 && !clauseBreak(&toks[h]) && toks[h].low != "heißt" && toks[h].low != "hieß" {
			h++
		}
		if h >= len(toks) || toks[h].low != "heißt" && toks[h].low != "hieß" || h+1 < len(toks) && !toks[h+1].is(tPunct) {
			continue // no verb that closes the clause
		}
		s := k + 2
		if sourcePrepositionDE(toks[s].low) {
			return d.sourceAfterDE(toks, text, s, h, lex) // "wie es aus dem Landratsamt heißt"
		}
		if toks[s].low == "in" || toks[s].low == "im" {
			who, _ := d.sourcePhraseDE(toks, text, s+1, h, lex) // "wie es in einem Bericht der Stadt heißt"
			return who
		}
	}
	return ""
}
