package extract

// Two forms of "laut"/"nach" whose source the readers of nouns of
// communication (sourcePhraseDE) do not take: a spokesperson in the
// dative ("laut einem Sprecher des Unternehmens", "laut einer Sprecherin
// der Stadtwerke"), cited like "ein Sprecher des Unternehmens sagte"; and
// "nach" with a study ("Nach einer Umfrage des Instituts X kommt …"),
// cited like "laut einer Umfrage des Instituts X": the body.

// lautSpokesDE returns the spokesperson after "laut" at token v, with
// the body after a genitive ("Sprecher des Unternehmens"), or "" when no
// spokesperson's noun follows "laut" and an optional article.
func lautSpokesDE(toks []token, text string, v int) string {
	k := v + 1
	if toks[v].low != "laut" || k >= len(toks) {
		return ""
	}
	switch toks[k].low {
	case "einem", "einer", "dem", "der":
		k++
	}
	if k >= len(toks) || !capWord(&toks[k]) || !spokesNounDE(toks[k].low) {
		return ""
	}
	noun := text[toks[k].s:toks[k].e]
	if k+2 < len(toks) && genitiveLinkDE(toks[k+1].low) {
		if e := bodyEndDE(toks, k+2); e > k+2 {
			return noun + " " + text[toks[k+1].s:toks[e-1].e] // "Sprecher des Unternehmens"
		}
	}
	return noun
}

// nachStudyDE returns the body whose study "nach" at token i governs
// with an indefinite article ("Nach einer Erhebung des Instituts X"), ""
// if none; "je nach" is no source, and with a definite article "nach" is
// as often "after" ("nach dem Bericht des Amts entbrannte ein Streit").
func (d *docState) nachStudyDE(toks []token, text string, i int, lex lexicon) string {
	if toks[i].low != "nach" || i > 0 && toks[i-1].low == "je" || i+1 >= len(toks) || toks[i+1].low != "einer" && toks[i+1].low != "einem" {
		return "" // "nach dem jüngsten Bericht des Amts …": after it, in time
	}
	return d.studySourceDE(toks, text, i+1, phraseEndDE(toks, i+1), lex)
}
