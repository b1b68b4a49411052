package extract

import "strings"

// "according to the Department of Health and Human Services": the name
// of an English body may go on after "and" with capitalised words that
// end in an abstract noun ("… and Prevention", "… and Urban
// Development"). Where a rule stopped the name at "and", the rest is
// joined again.

// andTailEN returns who with the capitalised words after " and " that
// follow it in text joined to it, when who is one body's name with "of"
// or "for" in it ("Centers for Disease Control") and those words (one to
// three, the last an abstract noun: abstractNounEN) end the name, a
// lower-case word, a punctuation mark or the text's end after them; who
// unchanged otherwise.
func andTailEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !strings.Contains(who, " of ") && !strings.Contains(who, " for ") {
		return who
	}
	k := strings.Index(text, who+" and ")
	if k < 0 {
		return who
	}
	rest := text[k+len(who)+len(" and "):]
	words, n := 0, 0 // words taken, bytes they span
	for words < 3 {
		w := rest[n:]
		if e := strings.IndexAny(w, " ,.;:!?”\")"); e >= 0 {
			w = w[:e]
		}
		if w == "" || !upperFirst(w) {
			break
		}
		words++
		n += len(w)
		if abstractNounEN(w) {
			if n == len(rest) || rest[n] != ' ' || !upperFirst(rest[n+1:]) {
				return who + " and " + rest[:n]
			}
		}
		if n >= len(rest) || rest[n] != ' ' {
			break
		}
		n++
	}
	return who
}
