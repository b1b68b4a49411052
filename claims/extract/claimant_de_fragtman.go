package extract

// "Fragt man beim Landesamt nach, …", "Fragt man die Anwohner, …": a
// conditional clause of asking opens the sentence, and the
// answer the main clause reports is that of the one asked. The clause
// names that source after "man": after "bei"/"beim" or as the object.

// askedSourceDE returns the one asked in a unit that opens with
// "Fragt man" or "Fragte man": the noun phrase after "bei"/"beim" in the
// nominative (sourceAfterDE), or an object noun phrase after an article,
// up to the first word that is no part of it (agentPhraseEndDE: not "in
// Talheim", not "nach"); "" otherwise.
func (d *docState) askedSourceDE(toks []token, text string, lex lexicon) string {
	if len(toks) < 5 || toks[0].low != "fragt" && toks[0].low != "fragte" || toks[1].low != "man" {
		return ""
	}
	switch k := 2; {
	case toks[k].low == "bei" || toks[k].low == "beim":
		e := agentPhraseEndDE(toks, k+1, len(toks))
		if e == k+1 {
			return ""
		}
		return d.sourceAfterDE(toks, text, k, e, lex)
	case toks[k].cat&cDet != 0:
		e := agentPhraseEndDE(toks, k+1, len(toks))
		if e == k+1 || !capWord(&toks[e-1]) {
			return ""
		}
		return text[toks[k+1].s:toks[e-1].e]
	}
	return ""
}
