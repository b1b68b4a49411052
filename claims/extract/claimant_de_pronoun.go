package extract

import "strings"

// A German pronoun that refers back inside its own sentence ("Da Gómez
// weiß, wie schwer das ist, appellierte sie …") names the person of its
// gender the sentence named before it; failing that, the one person of
// unknown gender the sentence named before it by a full name ("Die
// Beauftragte des Verbands, Eva Roth, hält das für falsch: „…“, sagt
// sie").

// pronounInUnitDE returns the full name of the last person of gender g
// named by capitalised words before token p, else of the one person of
// unknown gender named so by a full name of the form of a person's,
// "" if none or several.
func (d *docState) pronounInUnitDE(toks []token, text string, p int, g byte) string {
	unknown, several := "", false
	for k := p - 1; k >= 0; k-- {
		if !capWord(&toks[k]) {
			continue
		}
		i, ok := d.byKey[text[toks[k].s:toks[k].e]]
		if !ok {
			continue
		}
		q := &d.people[i]
		if pluralOpeningDE(toks, text, k, q.name) {
			continue // "Kleine Verlage gingen leer aus, sagte er" (claimant_de_pluralsubject.go)
		}
		if q.gender == g && !inReportedClauseDE(toks, k, p) {
			return q.name
		}
		if q.gender == 0 && d.fullNameFormDE(q.name) && subjectLikeDE(toks, text, k) && !inReportedClauseDE(toks, k, p) {
			several = several || unknown != "" && unknown != q.name
			unknown = q.name
		}
	}
	if several {
		return ""
	}
	return unknown
}

// fullNameFormDE reports whether name has the form of a first name and a
// surname: two or three capitalised words, no noun phrase (personLikeDE),
// and a first word the text does not also write in lower case or before
// lower-case words (chooser.titlesOnly).
func (d *docState) fullNameFormDE(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.Count(rest, " ") > 1 || !plainName(name) || !d.personLikeDE(name) || d.ch.titlesOnly(first) {
		return false
	}
	return true
}

// subjectLikeDE reports whether the name whose word is token k can be the
// subject a pronoun refers back to: outside quotation marks (the quoted
// speaker's words) and not after an article or a preposition ("seit dem
// Amtsantritt von Eva Roth").
func subjectLikeDE(toks []token, text string, k int) bool {
	quotes := 0
	for i := 0; i < k; i++ {
		if doubleQuote(&toks[i], text) {
			quotes++
		}
	}
	if quotes%2 == 1 {
		return false
	}
	r := k
	for r > 0 && capWord(&toks[r-1]) {
		r--
	}
	if r == 0 {
		return true
	}
	b := &toks[r-1]
	return !determinerDE(b) && !prepositionDE(b.low)
}

// prepositionDE reports whether w is a common German preposition.
func prepositionDE(w string) bool {
	switch w {
	case "von", "vom", "mit", "für", "bei", "beim", "nach", "aus", "zu", "zum", "zur", "über", "unter", "gegen", "seit",
		"durch", "ohne", "um", "an", "am", "auf", "in", "im", "vor", "hinter", "neben", "zwischen", "wegen", "trotz":
		return true
	}
	return false
}
