package extract

import "strings"

// After a Vorfeld that ends in a noun and opens with no preposition ("Alle
// drei Kandidaten forderten Reformen"), a lone noun right after the verb
// is its object: the subject stands before the verb even when the rules
// cannot read the whole Vorfeld, and a subject after the verb would be a
// name the text knows, an acronym or a phrase with an article.

// objectAfterVerbDE reports whether who, named by the word after the verb
// at v, is such an object: a capitalised word right after the verb (no
// article, no pronoun), one word, not in capitals, nobody the text named,
// with a noun right before the verb (the Vorfeld may be that noun alone,
// as in a headline: "Ministerin verteidigt Reform", or a pronoun in the
// nominative: nounOrSubjectPronounDE) and no preposition opening its
// clause.
func (d *docState) objectAfterVerbDE(toks []token, v int, who string) bool {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || allCaps(who) || v < 1 || v+1 >= len(toks) {
		return false
	}
	if n := &toks[v+1]; !capWord(n) || n.cat&cDet != 0 || pronounDE(n.low) {
		return false // "lobte er", "meldet die Agentur …": no lone noun
	}
	if _, ok := d.lookup(who); ok {
		return false
	}
	c := clauseStart(toks, v)
	if c < v-1 && (toks[c].low == "und" || toks[c].low == "aber" || toks[c].low == "doch") {
		c++ // "…, und die schreibt Endpreise vor"
	}
	w := toks[c].low
	if b := &toks[v-1]; prepositionsBeforeDE[w] || adverbsDE[w] && !particleVorfeldDE(toks, v) || !nounOrSubjectPronounDE(b) {
		return false
	}
	return true
}

// nounOrSubjectPronounDE reports whether t, the word right before the
// verb, closes a Vorfeld that is the subject: a capitalised noun, or a
// pronoun in the nominative that refers back ("der", "die", "er", "sie":
// "und die schreibt Endpreise vor"). "das" and "dies" are as often the
// object ("Das fordert Verdi").
func nounOrSubjectPronounDE(t *token) bool {
	switch t.low {
	case "der", "die", "er", "sie":
		return true
	}
	return capWord(t) && t.cat&cDet == 0 && !pronounDE(t.low)
}
