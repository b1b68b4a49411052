package extract

// "Die südkoreanischen Gesundheitsbehörden meldeten … Die
// Gesundheitsbehörden gehen von … aus": a body named by lower-case
// adjectives and a compound of a head noun is cited by the labels with its
// adjectives ("südkoreanische Gesundheitsbehörden", "russisches
// Außenministerium"), the fullest form the article gives, also when the
// text later writes the compound or the head noun alone.

// adjCompoundDE returns the full form noteBodiesDE notes for the compound
// w at token k: with the lower-case adjectives and the article before it
// in the nominative (adjPhraseDE) when the unit writes them and w is no
// genitive (gen), with a capitalised adjective of its name
// (capAdjCompoundDE), else w.
func adjCompoundDE(toks []token, text string, k int, w string, gen bool) string {
	if gen {
		return w
	}
	if a := adjectivesBackDE(toks, k); a > 0 && a < k && toks[a-1].cat&cDet != 0 {
		if full := adjPhraseDE(toks, text, toks[a-1].low, a, k, k+1); full != "" {
			return full
		}
	}
	return capAdjCompoundDE(toks, text, k, w)
}

// capAdjCompoundDE returns the compound w at token k with the capitalised
// adjective of its name before it, in the nominative (nominativeDE), when
// "der", "die" or "das" stands before the adjective ("Das Statistische
// Landesamt" → "Statistisches Landesamt", "der Europäischen
// Raumfahrtagentur" → "Europäische Raumfahrtagentur"), else w.
func capAdjCompoundDE(toks []token, text string, k int, w string) string {
	if k < 2 || !capWord(&toks[k-1]) || !adjectiveDE(text[toks[k-1].s:toks[k-1].e]) {
		return w
	}
	switch art := toks[k-2].low; art {
	case "der", "die", "das":
		return nominativeDE(art, text[toks[k-1].s:toks[k-1].e]+" "+w)
	}
	return w
}
