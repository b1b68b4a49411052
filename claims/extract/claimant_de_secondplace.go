package extract

import "strings"

// In a German main clause the finite verb stands second. After a Vorfeld
// that is a complete noun phrase — a pronoun ("Dies gefährde Stellen"),
// an article and a noun ("Der Verband vergleiche Äpfel mit Birnen") — a
// lower-case word in -e is that verb, in Konjunktiv I, even before a
// capitalised word, where konjunktivFormDE must reckon with an adjective
// ("starke Konkurrenz") and leaves out endings such as -de and -te.

// vorfeldPronounsDE are pronouns that fill the Vorfeld alone and take no
// adjective after them.
var vorfeldPronounsDE = map[string]bool{"dies": true, "er": true, "sie": true, "es": true, "man": true}

// secondPlaceKonjunktivDE reports whether the unit's finite verb, second
// after a pronoun or an article and a noun, has the form of a Konjunktiv I
// of the third person singular: lower case, in -e, not in -te (the
// preterite) unless konjunktivTeFormDE says so, no word of notVerbCats.
func secondPlaceKonjunktivDE(toks []token) bool {
	j := 1
	if len(toks) > 3 && toks[0].cat&cDet != 0 && capWord(&toks[1]) {
		j = 2 // "Der Verband vergleiche"
	} else if len(toks) < 3 || !vorfeldPronounsDE[toks[0].low] {
		return false
	}
	t := &toks[j]
	w := t.low
	if t.is(tCap) || t.is(tPunct) || t.cat&notVerbCats != 0 || len(w) < 5 || !strings.HasSuffix(w, "e") {
		return false
	}
	if strings.HasSuffix(w, "te") && !konjunktivTeFormDE(w) || strings.HasSuffix(w, "ie") || notVerbE[w] {
		return false // "forderte", "sowie"; not "Er erwarte"
	}
	return j+1 < len(toks) && !toks[j+1].is(tPunct)
}
