package extract

import "strings"

// A quotation in the first person right after a unit that introduced a
// person by full name, with no speaker named since, is that person's:
// "Jan Roth steht am Zaun und schaut zu. „Ich komme seit Jahren her.“"
// (like reportedFirstDE for Konjunktiv I).

// quotedFirstDE returns the person named first in the previous unit when
// the unit opens with a quotation whose words hold a first person and has
// no "er" or "sie" outside quotation marks, and the person is known by a
// full name of plain words; else "".
func (d *docState) quotedFirstDE(toks []token, text string) string {
	p := d.prevFirst
	if len(toks) == 0 || !toks[0].is(tQuote) || p == "" || !d.known(p) || strings.IndexByte(p, ' ') < 0 || !plainName(p) || !d.personLikeDE(p) {
		return ""
	}
	if !firstPersonQuoted(toks, text) || unquotedPronounDE(toks, text) {
		return ""
	}
	return p
}

// unquotedPronounDE reports whether "er" or "sie" stands outside quotation
// marks: a speaker of its own ("…“, verzeichnete er").
func unquotedPronounDE(toks []token, text string) bool {
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if !quoted && (toks[i].low == "er" || toks[i].low == "sie") {
			return true
		}
	}
	return false
}
