package extract

import "strings"

// A body named by an adjective and a plural noun ("die Freien Wähler",
// "die Grauen Panther") takes the weak ending -en after "die"; the guide
// names it without the article, in the strong form "Freie Wähler". After
// "die", a capitalised word in -en before a second capitalised word is
// such an adjective: a singular noun there would have a feminine article
// and no -en, a plural noun does not stand before a second noun.

// pluralAdjectiveDE returns who ("Freien Wähler") with its first word in
// -e when who has two words, the first in -en, and the unit writes "die"
// right before it; who otherwise. Adjectives whose derivational ending
// nominativePluralDE knows are left to it.
func pluralAdjectiveDE(toks []token, text, who string) string {
	adj, noun, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(noun, ' ') >= 0 || strings.IndexByte(who, ';') >= 0 || !upperFirst(adj) || !upperFirst(noun) {
		return who
	}
	stem, ok := strings.CutSuffix(adj, "en")
	if !ok || len(stem) < 3 || adjectiveStemEnDE(adj) || nounPluralStemDE(stem) {
		return who
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].low == "die" && text[toks[k].s:toks[k].e] == adj && text[toks[k+1].s:toks[k+1].e] == noun {
			return stem + "e " + noun
		}
	}
	return who
}

// nounPluralStemDE reports whether stem, a word without its -en, ends in
// a suffix of German nouns whose plural is in -en ("Organisationen",
// "Regierungen", "Gemeinschaften", "Studenten", "Parteien"): a plural
// noun, no adjective.
func nounPluralStemDE(stem string) bool {
	for _, suf := range [...]string{"ion", "ung", "heit", "keit", "schaft", "tät", "ent", "ant", "ist", "or", "ie"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return len(stem) >= 5 && strings.HasSuffix(stem, "ei") // "Parteien", not "Freien"
}
