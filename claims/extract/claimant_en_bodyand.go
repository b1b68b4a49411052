package extract

import "strings"

// The name of an English body may hold "and" ("Coast and Harbor
// Protection", "Parks and Harbor Services"): the coordinated subject
// rules read it as two claimants. A first part that ends in a word the
// text also writes in lower case ("customs", "health") is no name of its
// own but a title word of the body's name.

// bodyAndEN joins two claimants that the unit writes as "A and B" into
// one name when the last word of A is a word the text writes in lower
// case ("Parks and Harbor Services") or B ends in an abstract noun
// ("Coast and Harbor Protection": abstractNounEN) or the two are one
// firm (oneFirmEN); who unchanged otherwise.
func (d *docState) bodyAndEN(u *claimUnit, who string) string {
	a, b, ok := strings.Cut(who, "; ")
	if !ok || strings.Contains(b, "; ") {
		return who
	}
	if d.oneFirmEN(u, a, b) {
		return a + " and " + b // "Harlow and Finch said it …" (claimant_en_onefirm.go)
	}
	lw := lastWord(a)
	if !upperFirst(lw) || !d.ch.common.has(strings.ToLower(lw)) && !abstractNounEN(lastWord(b)) {
		return who
	}
	if !strings.Contains(u.text, lw+" and "+b) {
		return who
	}
	return a + " and " + b
}

// abstractNounEN reports whether the capitalised word w ends in a suffix
// of English abstract nouns (-tion, -sion, -ment, -ance, -ence, -ices,
// -ity, -ness): the end of a body's name ("Border Protection", "Human
// Services"), not of a person's.
func abstractNounEN(w string) bool {
	w = strings.ToLower(w)
	for _, s := range [...]string{"tion", "sion", "ment", "ance", "ence", "ices", "ity", "ness"} {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// andBodyNameEN reports whether name is a body's name joined by "and"
// that ends in an abstract noun ("Coast and Harbor Protection"): its
// last word is no person's surname (fullName).
func andBodyNameEN(name string) bool {
	return strings.Contains(name, " and ") && abstractNounEN(lastWord(name))
}
