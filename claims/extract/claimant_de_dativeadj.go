package extract

import "strings"

// A German name that opens with an adjective takes the strong dative
// ending -em without an article ("laut Statistischem Landesamt", "laut
// Deutschem Wetterdienst") and the weak -en after "dem", "vom", "zum",
// "beim" or "einem" ("Dem Europäischen Parlament zufolge"). The guide names
// a claimant in the nominative without an article, where a masculine
// name's adjective ends in -er and a neuter one's in -es ("Statistisches
// Landesamt", "Deutscher Wetterdienst"). The gender is the head noun's (the
// first word after the adjectives, not the last word of a name that goes
// on: "Deutsches Institut für Wirtschaftsforschung"), read from its ending
// as for the genitive (neuterDE); masculine otherwise.

// dativeAfterDE are the words after which an adjective in -en is a
// masculine or neuter dative (never feminine, never plural).
var dativeAfterDE = map[string]bool{"dem": true, "vom": true, "zum": true, "beim": true, "einem": true}

// dativeAdjectiveDE returns who with its opening capitalised adjectives in
// the nominative without article when they are in the dative: in -em
// wherever they stand, in -en when the unit writes who right after one of
// dativeAfterDE. Only adjectives count (strongStemDE), so "Bremen" or a
// noun keeps its form; who otherwise.
func dativeAdjectiveDE(toks []token, text, who string) string {
	first, _, ok := strings.Cut(who, " ")
	if !ok || !strings.HasSuffix(first, "em") && !(strings.HasSuffix(first, "en") && unitHasDE(toks, dativeAfterDE)) {
		return who // the common case, without looking at the stem
	}
	f, n := openingAdjectivesDE(who, dativeAdjDE)
	if n == 0 {
		return who
	}
	if !strings.HasSuffix(f[0], "em") && !wordsAfterDE(toks, text, f, n, dativeAfterDE) {
		return who // "Europäischen Parlament" without "dem" before it: no case known
	}
	end := "er"
	if neuterDE(f[n]) {
		end = "es"
	}
	for i := 0; i < n; i++ {
		f[i] = f[i][:len(f[i])-2] + end
	}
	return strings.Join(f, " ")
}

// dativeAdjDE reports whether w is a capitalised adjective in -em or -en
// (by its stem: strongStemDE).
func dativeAdjDE(w string) bool {
	if len(w) < 5 || !upperFirst(w) || !strings.HasSuffix(w, "em") && !strings.HasSuffix(w, "en") {
		return false
	}
	return strongStemDE(strings.ToLower(w[:len(w)-2]))
}

// wordsAfterDE reports whether the unit writes the words f[0] and f[n] of
// a name right after a word of before (any case).
func wordsAfterDE(toks []token, text string, f []string, n int, before map[string]bool) bool {
	for k := 1; k+n < len(toks); k++ {
		if text[toks[k].s:toks[k].e] == f[0] && text[toks[k+n].s:toks[k+n].e] == f[n] && before[toks[k-1].low] {
			return true
		}
	}
	return false
}

// lautFeminineDE returns who with its opening capitalised adjectives in -er
// given the ending -e when the unit writes who right after "laut" or
// "gemäß": without an article that -er is the feminine dative or genitive
// ("laut Europäischer Zentralbank" → "Europäische Zentralbank"). A place's
// adjective ("laut Frankfurter Rundschau") has no adjective stem
// (strongStemDE) and keeps its form; who otherwise.
func lautFeminineDE(toks []token, text, who string) string {
	first, _, ok := strings.Cut(who, " ")
	if !ok || !strings.HasSuffix(first, "er") || !unitHasDE(toks, lautWordsDE) {
		return who // the common case, without looking at the stem
	}
	f, n := openingAdjectivesDE(who, feminineAdjDE)
	if n == 0 || !wordsAfterDE(toks, text, f, n, lautWordsDE) {
		return who
	}
	for i := 0; i < n; i++ {
		f[i] = f[i][:len(f[i])-1]
	}
	return strings.Join(f, " ")
}

// lautWordsDE are the prepositions of a source that take the dative or
// genitive without an article before a name.
var lautWordsDE = map[string]bool{"laut": true, "gemäß": true}

// feminineAdjDE reports whether w is a capitalised adjective in -er (by
// its stem: strongStemDE).
func feminineAdjDE(w string) bool {
	return len(w) > 4 && upperFirst(w) && strings.HasSuffix(w, "er") && strongStemDE(strings.ToLower(w[:len(w)-2]))
}

// openingAdjectivesDE returns the words of who and how many of them open it
// as adjectives by isAdj, at least one word left after them; n is 0 for a
// single word, several claimants ("; ") or a first word that is none.
func openingAdjectivesDE(who string, isAdj func(string) bool) (f []string, n int) {
	first, _, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(who, ';') >= 0 || !isAdj(first) {
		return nil, 0
	}
	f = strings.Fields(who)
	for n < len(f)-1 && isAdj(f[n]) {
		n++
	}
	return f, n
}

// unitHasDE reports whether a token of the unit is one of words (by its
// lower-case form).
func unitHasDE(toks []token, words map[string]bool) bool {
	for k := range toks {
		if words[toks[k].low] {
			return true
		}
	}
	return false
}
