package extract

import "strings"

// "The company that ran the plant, Harbor Utilities, denied …": a name in
// apposition to a description of a body that opens the unit names a body,
// even in the form of a person's name; a later "the firm said" refers
// to it.

// bodyApposEN reports whether the English claimant who stands between
// commas in text and the unit's tokens open with "the" and a body noun
// ("the company", "the firm").
func bodyApposEN(toks []token, text, who string) bool {
	return len(toks) > 2 && toks[0].low == "the" && bodyNounEN(toks[1].low) && strings.Contains(text, ", "+who+",") || bodyApposLongEN(toks, text, who) // "The ferry operator, Gullwing Marine,"
}
