package extract

import "strings"

// A German text often names a person or a firm after "des", a place's
// adjective in "-er" and a noun in the genitive: "eine Schau des
// Oberfelder Bildhauers Jonas Verhoek", "Pumpen des Kieler Herstellers
// Molvex". The genitive noun stayed in the registered name ("Bildhauers
// Jonas Verhoek") and every later "Verhoek sagt" gave it.

// placeGenitiveLeadDE returns how many words open the run toks[start:j]
// before the name when they are, right after "des", a capitalised place
// adjective in "-er" and a noun in the genitive "-s" of a person
// (personNounDE: "Bildhauers") or a body (bodyNounDE: "Unternehmens"):
// two when the run opens with the adjective, one when it opens with the
// noun (the adjective before it, a word the lexicon knows, left out of
// the run); 0 otherwise. A first name in "-s" after the adjective ("des
// Kieler Andreas Brandt") has neither shape and stays.
func placeGenitiveLeadDE(toks []token, start, j int) int {
	lead := 2
	if start >= 2 && toks[start-2].low == "des" && placeAdjTokDE(toks, start-1) {
		lead = 1 // the run opens with the noun
	} else if start == 0 || toks[start-1].low != "des" || !placeAdjTokDE(toks, start) {
		return 0
	}
	noun := &toks[start+lead-1]
	if j-start <= lead || !capWord(noun) || noun.cat != 0 || !strings.HasSuffix(noun.low, "s") || strings.HasSuffix(noun.low, "ss") || len(noun.low) < 6 {
		return 0
	}
	if !personNounDE(noun.low) && !bodyNounDE(genitiveBaseDE(noun.low)) {
		return 0
	}
	return lead
}

// placeAdjTokDE reports whether toks[k] is a word, not punctuation, of
// placeAdjectiveDE's form ("Kieler", "Oberfelder").
func placeAdjTokDE(toks []token, k int) bool {
	return capWord(&toks[k]) && len(toks[k].low) > 4 && strings.HasSuffix(toks[k].low, "er")
}
