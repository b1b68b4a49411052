package extract

import "strings"

// "Some Harbor Party members said …", "Several GOP senators argued …": a
// quantifier opening a group subject is part of the claimant as written
// ("Some Republicans" in the guide). stripTitlesEN cuts the first word of
// a name of three words or more when the text also writes it in lower
// case, which a quantifier mostly is ("some of the ferries"), and would
// give "Harbor Party members".

// quantifiedGroupEN reports whether the English claimant name opens with a
// quantifier of a group subject (groupQuantifierEN) and ends in a plural
// (a last word in "s": "Some Harbor Party members", "Other Labour
// leaders"), so that its first word is no title.
func quantifiedGroupEN(name string) bool {
	return groupQuantifierEN(strings.ToLower(firstWord(name))) && strings.HasSuffix(name, "s")
}

// groupQuantifierEN reports whether w (lower case) is a quantifier that
// opens a group subject of its own: some, several, many, most, other.
func groupQuantifierEN(w string) bool {
	return foldIn(w, "some", "several", "many", "most", "other")
}
