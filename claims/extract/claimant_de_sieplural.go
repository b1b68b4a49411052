package extract

import "strings"

// German "sie" is "she" and "they": the verb tells them apart. A finite
// verb of saying in -en or -n next to the pronoun is the third person
// plural ("sagen sie", "sie fordern", "erklärten sie", "sie sprachen"),
// where "she" takes -t or -te ("sagt sie", "sie forderte"): such a "sie"
// refers to no one woman.

// pluralVerbDE reports whether the German speech verb at v, right after
// or right before "sie", has a plural ending: -en or -n after a vowel or
// r/l ("sagen", "fordern", "sprachen"), not -t or -te.
func pluralVerbDE(toks []token, v int) bool {
	if !(v+1 < len(toks) && toks[v+1].low == "sie" || v > 0 && toks[v-1].low == "sie") {
		return false
	}
	w := toks[v].low
	return len(w) > 3 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln"))
}
