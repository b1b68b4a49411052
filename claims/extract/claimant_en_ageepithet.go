package extract

import "strings"

// An English age used as a noun for a person ("The 54-year-old added
// that …", "…,” said the 31-year-old."): news writing varies the name of
// someone just named or quoted with their age, as with "the senator", so
// it is an epithet (epithetNounEN) for the person in view.

// ageEpithetEN reports whether w, in lower case, is an age written as a
// noun: digits followed by "-year-old" ("54-year-old"); not the adjective
// of "a 54-year-old man", which the word after it decides (the epithet
// rules ask for the noun to end the subject).
func ageEpithetEN(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}
