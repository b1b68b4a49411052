package extract

import "strings"

// The lexicon forms the plural of weak German verbs of saying as stem +
// "en", which misses the stems in -er and -el: their plural ends in -n
// alone ("fordern", "äußern", "schildern", "bemängeln", "zweifeln"), the
// form of every statement by a group ("Die Gewerkschaften fordern …",
// "Virologen bemängeln …").

// speechPluralDE reports whether w is the plural (or infinitive) of a
// weak verb of saying whose stem ends in -er or -el (speechStemsDE):
// "fordern" of "forder", "bezweifeln" of "bezweifel".
func speechPluralDE(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ern") && !strings.HasSuffix(w, "eln") {
		return false
	}
	stem := w[:len(w)-1]
	for _, st := range speechStemsDE {
		if st == stem {
			return true
		}
	}
	return false
}
