package extract

import "strings"

// English first names that end like German titles ("Erin" like
// "Trainerin", "Vincent" and "Brent" like "Präsident"): claimantName, which
// serves both languages, takes such a word before a surname for a title
// and cuts it off ("Erin Lee" → "Lee"). In English the German endings
// mark no title, so the full name the text registered stays whole.

// personNameEN is claimantName for an English claimant or registered
// name who, with a first word kept that claimantName cut only for its
// German ending: a name of two words whose first is no English title.
func personNameEN(who string) string {
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

// personName is the clean full name of the registered person name: for
// English, personNameEN.
func (d *docState) personName(name string) string {
	if d.en {
		return personNameEN(name)
	}
	return claimantName(name)
}
