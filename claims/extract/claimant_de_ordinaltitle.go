package extract

import "strings"

// German offices are numbered by a capitalised ordinal: "Erster
// Bürgermeister", "Zweite Vorsitzende", "Erste Ministerin". After a verb
// of saying, and after a place in the genitive ("sagte Hamburgs Erster
// Bürgermeister Paul Lehner"), the ordinal is part of the office, not the
// first word of a name ("Hamburgs Erster" was read as the claimant).

// ordinalStemsDE are the stems of the German ordinals that number an
// office.
var ordinalStemsDE = [...]string{"erst", "zweit", "dritt", "viert", "fünft"}

// ordinalTitleDE reports whether the token at k is a capitalised German
// ordinal ("Erster", "Zweite", "Erstem") before a role by the lexicon.
func ordinalTitleDE(toks []token, k int, lex lexicon) bool {
	if k+1 >= len(toks) || !capWord(&toks[k]) || !capWord(&toks[k+1]) || roleOf(&toks[k+1], lex) == "" {
		return false
	}
	for _, stem := range ordinalStemsDE {
		if rest, ok := strings.CutPrefix(toks[k].low, stem); ok {
			switch rest {
			case "e", "er", "en", "em":
				return true
			}
		}
	}
	return false
}

// ordinalTitleSkipDE returns k+1 when the token at k is an ordinal of an
// office (ordinalTitleDE), else k.
func ordinalTitleSkipDE(toks []token, k int, lex lexicon) int {
	if ordinalTitleDE(toks, k, lex) {
		return k + 1
	}
	return k
}
