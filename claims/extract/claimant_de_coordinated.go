package extract

import "strings"

// Two subjects joined by "und" or "sowie" may fill the Vorfeld before a
// verb of saying or its auxiliary ("Frankreich und die Vereinigten Staaten
// haben … kritisiert", "IWF und EZB verlangen …", "Die Union sowie auch die
// FDP setzen sich … ein"). The guide wants both claimants, separated by
// "; ".

// coordinatedVorfeldDE returns "A; B" when the clause before the finite
// verb v consists of two noun phrases in the nominative joined by "und" or
// "sowie" (perhaps after one sentence adverb, and "auch" after the
// conjunction), each a name or a body, and v is in the plural (it ends in
// -n, or is "sind"); else "".
func (d *docState) coordinatedVorfeldDE(toks []token, text string, v int, lex lexicon) string {
	if !pluralFormDE(toks[v].low) {
		return "" // a verb in the singular: one subject ("Die Ministerin für Gesundheit und Pflege sagte")
	}
	c := clauseStart(toks, v)
	if c < v && adverbDE[toks[c].low] || c < v && lowerWord(&toks[c]) && adverbsDE[toks[c].low] {
		c++ // "Insbesondere", "Auch"
	}
	if c < v && !toks[c].is(tCap) && adverbsDE[toks[c].low] {
		c++
	}
	j := -1
	for k := c + 1; k < v-1; k++ {
		switch {
		case toks[k].low == "und" || toks[k].low == "sowie":
			if j >= 0 {
				return "" // three or more: a list the rules do not read
			}
			j = k
		case toks[k].is(tPunct) && toks[k].p != '(' && toks[k].p != ')':
			return ""
		}
	}
	if j < 0 {
		return ""
	}
	r := j + 1
	if toks[r].low == "auch" {
		r++
	}
	if !subjectPhraseDE(toks, c, j) || !subjectPhraseDE(toks, r, v) {
		return ""
	}
	for k := c; k < j; k++ {
		if genitiveLinkDE(toks[k].low) {
			return "" // "Vertreter von Städten und Gemeinden": the conjunction joins inside the phrase
		}
	}
	a := d.nameAt(toks[:j], text, c, true, lex, true, true)
	b := d.nameAt(toks[:v], text, r, true, lex, true, true)
	if a == "" || b == "" || a == b {
		return ""
	}
	return a + "; " + b
}

// pluralFormDE reports whether the German finite verb w may be in the
// plural, as two subjects joined by "und" want it: it ends in -n
// ("sagten", "fordern", "haben") or is "sind"; "sagte", "hat", "warb"
// are singular.
func pluralFormDE(w string) bool {
	return strings.HasSuffix(w, "n") || w == "sind"
}

// subjectPhraseDE reports whether toks[i:j] is one noun phrase in the
// nominative (nounPhraseDE) that ends at j.
func subjectPhraseDE(toks []token, i, j int) bool {
	if i >= j {
		return false
	}
	end, ok := nounPhraseDE(toks, i, j)
	return ok && end == j
}
