package extract

import "strings"

// "…, according to a Harlow Civic Institute poll. The poll found …": the
// issuer stands as a name before the document noun, between "a" and the
// noun, and the unit that brings the document up has that issuer as its
// claimant; a later "the poll found" speaks for it (noteDocumentsEN).

// maxNamedIssuerEN is the most words of a name between "a" and the
// document noun ("a Harlow Civic Institute for Transit poll").
const maxNamedIssuerEN = 6

// namedIssuerBeforeEN reports whether the document noun at i follows "a"
// or "an", perhaps one lower-case word ("new", "recent"), and then a name:
// capitalised words, "of" or "and" between them ("a new Harlow Civic
// Institute survey") whose last word is in claimant who: the name is the
// issuer only when the unit gives it as its claimant ("Lee cited a Harlow
// Civic Institute poll" names Lee, not the poll's issuer).
func namedIssuerBeforeEN(toks []token, i int, who string) bool {
	k := i - 1
	for k >= 0 && i-k <= maxNamedIssuerEN && !toks[k].is(tPunct) && (toks[k].is(tCap) && toks[k].low != "a" && toks[k].low != "an" || toks[k].low == "of" || toks[k].low == "and") { // a unit's first "A" is no part of the name
		k--
	}
	if k == i-1 || k < 0 || !toks[k+1].is(tCap) || !strings.Contains(strings.ToLower(who), toks[i-1].low) {
		return false // no name, one that opens with "of"/"and", or not the claimant
	}
	if !toks[k].is(tPunct) && !toks[k].is(tCap) && toks[k].low != "a" && toks[k].low != "an" {
		k-- // one lower-case word: "a new … poll"
	}
	return k >= 0 && (toks[k].low == "a" || toks[k].low == "an")
}
