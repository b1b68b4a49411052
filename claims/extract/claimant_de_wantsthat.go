package extract

// "Der Handelsverband will, dass Geschäfte öfter öffnen": "wollen" with a
// clause of "dass" right after it states what the subject wants, a
// position the guide counts ("wants"); the lexicon does not count it as
// a verb of saying.

// wantsThatDE returns the subject of "will"/"wollen"/"wollte"/"wollten"
// right before ", dass": a body or group that opens the sentence
// (bodyFirstDE, in the nominative after its article) or a person the text
// knows; "" otherwise.
func (d *docState) wantsThatDE(toks []token, text string, lex lexicon) string {
	for v := 1; v+2 < len(toks) && v <= 8; v++ {
		switch toks[v].low {
		case "will", "wollen", "wollte", "wollten":
		default:
			continue
		}
		if toks[v+1].p != ',' || toks[v+2].low != "dass" {
			return ""
		}
		if capWord(&toks[0]) {
			if who := d.nameAt(toks[:v], text, 0, true, lex, false, false); d.known(who) {
				return who // "Eva Roth will, dass …"
			}
		}
		body := bodyFirstDE(toks, text, v)
		a := articleFirstDE(toks)
		if body == "" || a < 0 || !nominativeArticleDE(toks[a].low) {
			return ""
		}
		return nominativeDE(toks[a].low, body)
	}
	return ""
}
