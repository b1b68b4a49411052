package extract

import "strings"

// "nach Angaben von Menschenrechtlern": a plural noun after "von" without
// an article stands in the dative, which adds "-n" to a plural in "-er"
// ("Forscher" → "Forschern"). The claimant is cited in the nominative.
// The noun before "von" must be one of a source (sourceNounDE,
// communicationNounsDE), so that other datives ("mit Anwohnern") are not
// read.

// dativePluralExceptDE are nouns whose nominative plural itself ends in
// "-ern" (a closed set of common words).
var dativePluralExceptDE = map[string]bool{"Eltern": true, "Schwestern": true, "Vettern": true}

// dativePluralBaseDE returns the nominative of a German plural noun in the
// dative that ends in a consonant and "-ern" ("Menschenrechtlern" →
// "Menschenrechtler", "Anwohnern" → "Anwohner"), w otherwise ("Bayern",
// "Bauern", "Eltern" stay).
func dativePluralBaseDE(w string) string {
	if len(w) < 6 || !upperFirst(w) || dativePluralExceptDE[w] || !strings.HasSuffix(w, "ern") {
		return w
	}
	if strings.ContainsRune("aeiouyäöü", rune(w[len(w)-4])) {
		return w // "Bayern", "Bauern": a vowel before "-ern"
	}
	return w[:len(w)-1]
}

// sourceDativeDE returns the nominative of who (dativePluralBaseDE) when
// who is a single word the unit writes right after "von" and a noun of a
// source ("nach Angaben von Menschenrechtlern", "laut Berichten von
// Augenzeugen"), right after "laut" or right before "zufolge" ("laut
// Forschern"), who otherwise.
func sourceDativeDE(toks []token, text, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	for k := 0; k < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != who {
			continue
		}
		if k >= 2 && toks[k-1].low == "von" && (sourceNounDE(toks[k-2].low) || communicationNounsDE[toks[k-2].low]) ||
			k >= 1 && toks[k-1].low == "laut" || k+1 < len(toks) && toks[k+1].low == "zufolge" {
			return dativePluralBaseDE(who) // also "laut Forschern", "Forschern zufolge": the dative
		}
	}
	return who
}
