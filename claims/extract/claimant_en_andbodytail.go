package extract

import "strings"

// "The United Food and Commercial Workers union said …": an English body's
// name goes on after "and" with capitalised words, and a lower-case noun
// for a body ("union", "group", "council") after them says the whole run
// is one body's name. Where a rule stopped the name at "and", the rest is
// joined again.

// andBodyTailEN returns who with the capitalised words after " and " that
// follow it in text joined to it, when those words (one to three) are
// followed by a lower-case noun for a body (bodyNounEN); who unchanged
// otherwise, and for several claimants.
func andBodyTailEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	k := strings.Index(text, who+" and ")
	if k < 0 {
		return who
	}
	rest := text[k+len(who)+len(" and "):]
	n := 0 // bytes of the capitalised words taken
	for words := 0; words < 3; words++ {
		w := rest[n:]
		if e := strings.IndexByte(w, ' '); e >= 0 {
			w = w[:e]
		}
		if w == "" || !upperFirst(w) || strings.ContainsAny(w, ",.;:!?”\")") {
			return who
		}
		n += len(w)
		if n >= len(rest) || rest[n] != ' ' {
			return who
		}
		next := rest[n+1:]
		if e := strings.IndexAny(next, " ,.;:!?"); e >= 0 {
			next = next[:e]
		}
		if next != "" && !upperFirst(next) && bodyNounEN(next) {
			return who + " and " + rest[:n]
		}
		n++
	}
	return who
}
