package extract

import "strings"

// German news name a person in full once and later by an office or a
// description before the surname ("Amtsleiter Gottschalk", "der Frankfurter
// Gottschalk", "Züchter von Lüttwitz"). The guide wants the fullest name
// the article gives, so such a claimant becomes the full name of the one
// person the text named with that surname.

// titledSurnameDE returns the full name for a claimant of a title word and
// a surname ("Stadtrat Hönicke" → "Kevin Hönicke"), c itself when the
// words before the surname are not titles or name a body (bodyPlaceDE:
// "Polizeiinspektion Lindau" after "Bergwacht Lindau"), when no person or several
// people with a full name carry the surname, or when c is several
// claimants.
func (d *docState) titledSurnameDE(c string) string {
	if full := d.particleSurnameDE(c); full != c {
		return full // "Schäfer von Bredow" → "Jonas von Bredow"
	}
	k := strings.LastIndexByte(c, ' ')
	if k < 0 && upperFirst(c) && !allCapsASCII(c) {
		if full := d.bySurnameDE(c); full != "" {
			return full // "Brandtner" when the text named "Jonas Brandtner" and no other
		}
		return c
	}
	if k < 0 || strings.IndexByte(c, ';') >= 0 || !titlesDE(c[:k]) || bodyPlaceDE(c) {
		return c // "Polizeiinspektion Lindau": a body and its town, no title and surname (claimant_de_bodyplace.go)
	}
	if full := d.bySurnameDE(c[k+1:]); full != "" && full != c {
		return full
	}
	return c
}

// titlesDE reports whether s, the words before a surname, is one title or
// office ("Amtsleiter", "Generalanwalt", "Charité-Vorstandsmitglied",
// "Stadtrat" by officeSuffixDE), perhaps with a surname particle after it
// ("Züchter von").
func titlesDE(s string) bool {
	w, particle, two := strings.Cut(s, " ")
	if two && particle != "von" && particle != "zu" {
		return false
	}
	return titleOrOfficeDE(w) || compoundPersonNounDE(w) // "Stadtrat" by its office ending, "Grünen-Expertin"
}

// compoundPersonNounDE reports whether w is a hyphenated compound whose
// last part is a role of the lexicon or a long feminine noun of person in
// "-in" ("Grünen-Expertin", "SPD-Politikerin"): a description before a
// surname, no double first name. A short last part ("Hans-Martin") and
// one in "-istin" ("Marie-Christin") may be a first name and do not count.
func compoundPersonNounDE(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || !upperFirst(w[k+1:]) {
		return false
	}
	tail := w[k+1:]
	if wordCategory(tail)&cRole != 0 {
		return true
	}
	low := strings.ToLower(tail)
	return len(low) >= 8 && femaleInDE(low) && !strings.HasSuffix(low, "istin")
}

// officeSuffixDE reports whether w ends like a German noun of office that
// no first name ends with ("Stadtrat", "Senatorin", "Kommandeur";
// officeSuffixesDE without "-istin", which "Kristin" shares).
func officeSuffixDE(w string) bool {
	return officeWordDE(w) && !hasSuffixFold(w, "istin")
}

// titleOrOfficeDE reports whether w is a title (titleWordDE) or ends like
// a noun of office (officeSuffixDE), asking titleWordDE once (officeWordDE
// would ask it again).
func titleOrOfficeDE(w string) bool {
	return titleWordDE(w) || officeEndingDE(w) && !hasSuffixFold(w, "istin")
}

// titleWordDE reports whether a capitalised word is a title or office by
// the lexicon or its form: a role, a German office ending, a long
// compound; an agent ending only on a word without a hyphen and not the
// bare -er that first names share ("Peter", "Karl-Theodor").
// It asks wordCategory, germanTitle and compoundNoun once: titleLike(w, 0)
// would ask them again (titleShape is what it adds).
func titleWordDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	cat := wordCategory(w)
	return cat&cRole != 0 || germanTitle(w) || compoundNoun(w) || strings.IndexByte(w, '-') < 0 && titleShape(w, cat)
}

// firstNamesDE reports whether every word of s may be a first name: no
// title or office (officeSuffixDE, compoundPersonNounDE), no word the lexicon knows, no
// acronym, no adjective.
func firstNamesDE(s string) bool {
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if !upperFirst(w) || titleOrOfficeDE(w) || compoundPersonNounDE(w) || wordCategory(w) != 0 || acronymWord(w) || adjectiveDE(w) {
			return false
		}
		s = rest
	}
	return true
}

// bySurnameDE returns the full name of the one person whose surname is s
// and whose name opens with first names (firstNamesDE), "" if none or
// several. It scans the people (a few dozen) without allocating.
func (d *docState) bySurnameDE(s string) string {
	return d.otherBySurnameDE(s, "")
}

// allCapsASCII reports whether w has no ASCII lower-case letter (an
// acronym, "RKI"), without allocating.
func allCapsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}
