package extract

import "strings"

// The Vorfeld of a German main clause is often a longer noun phrase than
// secondPlaceKonjunktivDE's article and noun: with adjectives or adverbs
// before the noun ("Das aktuelle Infektionsgeschehen rechtfertige …",
// "Ein streng kontrolliertes Gesetz verhindere, dass …"), after a
// preposition ("Im Notfall arbeite …"), or with a genitive behind it
// ("Die Zahl der Anträge steige"). The word right after such a phrase is
// the finite verb; no attributive adjective stands there, so the endings
// konjunktivFormDE leaves out for adjectives ("-ige", "-liche", "-ere",
// "-ende") are a verb's here: "rechtfertige", "ermögliche", "verhindere",
// "verwende". A word in "-te" stays the past ("Die Stadt meldete"),
// unless konjunktivTeFormDE knows it as a verb whose stem ends in "t"
// ("arbeite").

// maxVorfeldAdjDE bounds the lower-case words read before the noun.
const maxVorfeldAdjDE = 3

// vorfeldNounPhraseDE returns the index of the first token after a noun
// phrase that opens toks: an optional preposition or contraction
// (prepositionsBeforeDE), an article (which a preposition may stand
// without: "Im Notfall"), up to maxVorfeldAdjDE lower-case words, a
// capitalised noun, and an optional genitive of an article, lower-case
// words and a noun. It returns 0 when toks open otherwise; a bare noun without an article ("Gastwirte …") is left to
// other rules, as it cannot be told from an adverb or adjective.
func vorfeldNounPhraseDE(toks []token) int {
	i := 0
	if len(toks) > 0 && prepositionsBeforeDE[toks[0].low] {
		i = 1
	}
	if i < len(toks) && toks[i].cat&cDet != 0 {
		i++
	} else if i == 0 {
		return 0
	}
	end := vorfeldNounDE(toks, i)
	if end == 0 {
		return 0
	}
	if end < len(toks) && genitiveArticleDE(toks[end].low) {
		if g := vorfeldNounDE(toks, end+1); g > 0 {
			return g
		}
	}
	return end
}

// vorfeldNounDE reads up to maxVorfeldAdjDE lower-case words and a
// capitalised noun from i on and returns the index after the noun, or 0
// when a number, a punctuation mark or a preposition comes first.
func vorfeldNounDE(toks []token, i int) int {
	for n := 0; i < len(toks) && n <= maxVorfeldAdjDE; i, n = i+1, n+1 {
		t := &toks[i]
		switch {
		case t.is(tPunct) || t.is(tNum) || prepositionsBeforeDE[t.low]:
			return 0 // "Die in Stuttgart geborene Frau": the noun is further on
		case capWord(t) && t.cat&cDet == 0:
			return i + 1
		}
	}
	return 0
}

// vorfeldKonjunktivDE reports whether the word after an opening noun
// phrase (vorfeldNounPhraseDE) is a Konjunktiv I of the third person
// singular: lower case, in "-e", not "-ie", no word of notVerbCats or
// notVerbE, and not in "-te" unless konjunktivTeFormDE says so.
func vorfeldKonjunktivDE(toks []token) bool {
	j := vorfeldNounPhraseDE(toks)
	if j == 0 || j+1 >= len(toks) {
		return false
	}
	t := &toks[j]
	w := t.low
	if t.is(tCap) || t.is(tPunct) || t.cat&notVerbCats != 0 || len(w) < 4 || !strings.HasSuffix(w, "e") {
		return false
	}
	if strings.HasSuffix(w, "ie") || notVerbE[w] {
		return false
	}
	return !strings.HasSuffix(w, "te") || konjunktivTeFormDE(w)
}
