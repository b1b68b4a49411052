package extract

// "…, hieß es in einer Mitteilung des Verbands": the source of "heißt
// es" may follow it as a noun of communication with a genitive after
// "in", as it may open the clause ("In einer Mitteilung der Stadt hieß
// es"). heisstEsSourceDE reads only the opening one.

// heisstInDE returns the source of a phrase "in" (or "im") + a noun of
// communication at token k after "heißt es" ("in einer Mitteilung des
// Verbands" → "Verband"), "" when there is no such phrase or it names no
// source.
func (d *docState) heisstInDE(toks []token, text string, k int, lex lexicon) string {
	if k+1 >= len(toks) || toks[k].low != "in" && toks[k].low != "im" {
		return "" // "in einer Mitteilung des …", "im Jahresbericht der …"
	}
	who, _ := d.sourcePhraseDE(toks, text, k+1, phraseEndDE(toks, k+1), lex)
	return who
}
