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
// as in a headline: "Ministerin verteidigt Reform") and no preposition
// opening the unit.
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
	w := toks[0].low
	if b := &toks[v-1]; prepositionsBeforeDE[w] || adverbsDE[w] && !particleVorfeldDE(toks, v) || !capWord(b) || b.cat&cDet != 0 || pronounDE(b.low) {
		return false
	}
	return true
}
