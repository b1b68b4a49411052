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

// agePersonEN returns the person an age used as a noun refers to: the one
// the sentence before narrated about (narratedEN), else the person that
// sentence quoted; "" otherwise. Unlike a role ("the senator"), an age
// fits anyone, so a speaker quoted further back is not taken ("…
// delivered a defense of her husband. “…,” said the 46-year-old." is
// not the man quoted three sentences before).
func (d *docState) agePersonEN() string {
	if p := d.narratedEN(); p != "" {
		return p
	}
	if d.sinceClaim == 1 && d.personLikeEN(d.prevClaim) {
		return d.prevClaim
	}
	return ""
}
