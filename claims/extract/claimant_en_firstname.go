package extract

import "strings"

// claimantName serves both languages and reads German word shapes as
// titles: an ending like "Trainerin" or "Präsident", a word of thirteen
// letters or more like "Fraktionsvorsitzende". English first names end so
// ("Erin", "Vincent", "Brent": "Erin Lee" → "Lee"), and so do the
// adjectives that open English bodies' names ("Congressional Budget
// Office" → "Budget Office"). In English those words stay.

// personNameEN is claimantName for an English claimant or registered
// name who, except that the name of a body (orgNameEN, or one with "of"
// or "for" after its head: ofBodyNameEN) stays whole and a
// first word is kept that claimantName cut only for its German ending: a
// name of two words whose first is no English title.
func personNameEN(who string) string {
	who = partyLeadEN(who) // "Republican Ann Lee"
	if orgNameEN(who) && plainName(who) || ofBodyNameEN(who) {
		return who // "Congressional Budget Office", "Transportation Workers of Norland": no title before a body's name
	}
	c := claimantName(who)
	k := strings.IndexByte(who, ' ')
	if c == who || k < 0 || who[k+1:] != c || strings.IndexByte(c, ' ') >= 0 {
		return c
	}
	if w := who[:k]; germanTitle(w) && !titleShapeEN(w) {
		return who
	}
	return c
}

// titleShapeEN reports whether w before a name reads as an English title
// by itself: a role or closed-class word, a possessive or acronym, a title
// word, or a long word with an ending of offices ("Chairman",
// "Director", "Secretary").
func titleShapeEN(w string) bool {
	if wordCategory(w)&(cRole|cNotName|cDet) != 0 || possessiveWord(w) || acronymWord(w) || titleWordEN(w) {
		return true
	}
	for _, suf := range [...]string{"man", "woman", "or", "ent", "iff", "ary", "ist"} {
		if len(w) > len(suf)+1 && hasSuffixFold(w, suf) && (len(w) >= 8 || !shortNameSuffix[suf]) {
			return true
		}
	}
	return false
}

// personName is claimantName of name, for English personNameEN.
func (d *docState) personName(name string) string {
	if d.en {
		return personNameEN(name)
	}
	return claimantName(name)
}
