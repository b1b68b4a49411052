package extract

import "strings"

// German news name an office by its country, state or city in the Saxon
// genitive: "Frankreichs Präsident Paul Marin", "Bayerns Ministerpräsident
// Karl Huber". After a verb of saying the genitive is no part of the name
// the rules read ("sagte Frankreichs Präsident Paul Marin" gave
// "Frankreichs").

// ownerGenitiveSkipDE returns k+1 when token k is a capitalised word in the
// genitive ("-s") and the word after it is a role by the lexicon
// (roleOf), else k. A person's name in the genitive stays ("Pops
// Sprecherin" is the spokeswoman of Ramona Pop, not Ramona Pop).
func (d *docState) ownerGenitiveSkipDE(toks []token, text string, k int, lex lexicon) int {
	if k+2 >= len(toks) || !capWord(&toks[k]) || !strings.HasSuffix(toks[k].low, "s") || !capWord(&toks[k+1]) {
		return k
	}
	if roleOf(&toks[k+1], lex) == "" && !ordinalTitleDE(toks, k+1, lex) {
		return k // not "Hamburgs Erster Bürgermeister" either
	}
	if _, ok := d.lookup(strings.TrimSuffix(text[toks[k].s:toks[k].e], "s")); ok {
		return k
	}
	if _, ok := d.lookup(text[toks[k].s:toks[k+1].e]); ok && !capWord(&toks[k+2]) {
		return k // "sagte Jens Richter": a first name in -s and a surname the text named (claimant_de_rolesurname.go)
	}
	return k + 1
}

// exampleSkipDE returns the token after "zum Beispiel" or "etwa" that
// opens at k ("betont zum Beispiel Bayerns Ministerpräsident …"), when a
// capitalised word follows; else k.
func exampleSkipDE(toks []token, k int) int {
	switch {
	case k+2 < len(toks) && toks[k].low == "zum" && toks[k+1].low == "beispiel" && capWord(&toks[k+2]):
		return k + 2
	case k+1 < len(toks) && toks[k].low == "etwa" && capWord(&toks[k+1]):
		return k + 1
	}
	return k
}
