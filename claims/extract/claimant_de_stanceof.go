package extract

// "In eine ähnliche Richtung geht die Kritik von Eva Roth": a noun of a
// stance with "von" and a person names whose stance it is, wherever the
// noun stands (stanceSourceDE reads it as the subject of "kam von").

// stanceOfPersonDE returns the person the text knows by a full name who
// stands right after a stance noun (stanceNounsDE) and "von" ("die Kritik
// von Eva Roth", "Lob von der Ärztin Eva Roth": an article and one noun
// between them), outside quotation marks; "" otherwise.
func (d *docState) stanceOfPersonDE(toks []token, text string, lex lexicon) string {
	return firstUnquotedDE(toks, text, func(k int) string {
		if k+2 >= len(toks) || !capWord(&toks[k]) || !stanceNounsDE[toks[k].low] || toks[k+1].low != "von" {
			return ""
		}
		n := k + 2
		if toks[n].cat&cDet != 0 && n+2 < len(toks) && capWord(&toks[n+1]) {
			n += 2 // "von der Ärztin Eva Roth"
		}
		if name := d.nameAt(toks, text, n, true, lex, false, false); d.known(name) && fullNameShapeDE(name) {
			return name
		}
		return ""
	})
}
