package extract

import "strings"

// Names of aid groups and campaigns link two nouns by "ohne" ("Ärzte ohne
// Grenzen", "Schule ohne Rassismus"): the lower-case word is part of the
// name, which the labels give whole. A claimant read as the first noun
// alone is the whole name, and a kind noun right before it ("die
// Hilfsorganisation „Lehrer ohne Grenzen“") introduces the body for a
// later "die Organisation" (kindNamedDE).

// ohneNameDE returns the name "W ohne Y" when the unit writes the
// capitalised word W followed by "ohne" and a capitalised word, and who is
// W, or W with the kind noun written right before it ("Hilfsorganisation
// Köche"), or that kind noun alone ("Die Organisation „Lehrer ohne
// Grenzen“ weist …"); it notes the name under the kind noun. Else who.
func (d *docState) ohneNameDE(toks []token, text, who string) string {
	if who == "" || !upperFirst(who) || strings.IndexByte(who, ';') >= 0 || !hasToken(toks, "ohne") {
		return who
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].low != "ohne" || !capWord(&toks[k-1]) || !capWord(&toks[k+1]) {
			continue
		}
		w := text[toks[k-1].s:toks[k-1].e]
		name := w + " ohne " + text[toks[k+1].s:toks[k+1].e]
		kind := ""
		p := k - 2
		if p >= 0 && toks[p].is(tQuote) {
			p-- // "die Organisation „Lehrer ohne Grenzen“"
		}
		if p >= 0 && capWord(&toks[p]) && kindHeadDE(text[toks[p].s:toks[p].e]) != "" {
			kind = text[toks[p].s:toks[p].e]
			if d.descs == nil {
				d.descs = map[string]string{}
			}
			d.descs[kindKeyDE+kindHeadDE(kind)] = name
		}
		if who == w || kind != "" && (who == kind || who == kind+" "+w) {
			return name
		}
	}
	return who
}

// ohneTailDE returns the end of a name that ends at token e extended by
// "ohne" and the capitalised word after it ("Ärzte" → "Ärzte ohne
// Grenzen"), else e.
func ohneTailDE(toks []token, e int) int {
	if e > 0 && e+1 < len(toks) && toks[e].low == "ohne" && capWord(&toks[e-1]) && capWord(&toks[e+1]) {
		return e + 2
	}
	return e
}
