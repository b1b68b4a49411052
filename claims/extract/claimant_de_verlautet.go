package extract

// "Aus dem Kanzleramt verlautete, man wolle …", "Das verlautete am Sonntag
// aus Regierungskreisen": "verlauten" is said impersonally like "heißt
// es", with its source after "aus"; the source is the claimant.

// verlautetSourceDE returns the source of a form of "verlauten" in the
// unit: the phrase after "aus" (or "von") that follows the verb, perhaps
// after adverbials ("verlautete am Sonntag aus Regierungskreisen"), else
// the phrase after "aus" that opens the verb's clause ("Aus dem Kanzleramt
// verlautete"); "" when the unit has no such verb or source.
func (d *docState) verlautetSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsVerlautet) {
		return ""
	}
	for i := range toks {
		switch toks[i].low { // the forms of the pre-check's wsVerlautet (setOfWordDE): change both
		case "verlautete", "verlautet", "verlauteten", "verlautbarte":
		default:
			continue
		}
		k := skipAdverbialsDE(toks, i+1)
		if k < len(toks) && (toks[k].low == "aus" || toks[k].low == "von") {
			return d.sourceAfterDE(toks, text, k, phraseEndDE(toks, k), lex)
		}
		c := clauseStart(toks, i)
		if c < i && adverbDE[toks[c].low] {
			c++ // "Auch aus dem Ministerium verlautete"
		}
		if c < i && toks[c].low == "aus" {
			return d.sourceAfterDE(toks, text, c, i, lex)
		}
		return ""
	}
	return ""
}
