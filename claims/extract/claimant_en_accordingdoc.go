package extract

// "Ann Lee wrote a letter to the committee … “…,” according to the
// letter.": "according to the <document>" names the document's issuer,
// as "the letter said" does (documentRefEN), not the document.

// accordingDocEN returns the issuer remembered for the document noun of
// "according to the <noun>" at the English "according" v, the noun ending
// the phrase (a punctuation mark or the unit's end next), when the text
// brought the document up at most docReachEN units before; "" otherwise.
func (d *docState) accordingDocEN(toks []token, v int) string {
	n := v + 3
	if toks[v].cat&cAccording == 0 || n >= len(toks) || toks[v+1].low != "to" || toks[v+2].low != "the" ||
		toks[n].is(tCap) || !documentNounEN(toks[n].low) || n+1 < len(toks) && !toks[n+1].is(tPunct) {
		return ""
	}
	if is, ok := d.docIssuerEN.issuerOfEN(toks[n].low); ok && d.units-is.unit <= docReachEN {
		return is.who
	}
	return ""
}
