package extract

import (
	"strings"
	"unicode"
)

// capsLabelEN returns the person a speaker label in capitals names when
// a unit opens with one and a quotation follows the colon ("DORA VANCE:
// “…”" in a transcript or a fact check): the label is set in capitals to
// stand apart from the quoted words, so it is no sentence subject. The
// label must name, in ordinary case, a person the text has already named
// in full ("Vance" after "Dora Vance"), whose full name it returns; "THE
// FACTS: …" and other headings name nobody and give "". A label of two
// words or more needs no quotation (fullNameLabelEN); the text is then a
// transcript, read as an interview.
func (d *docState) capsLabelEN(toks []token, text string) string {
	k := 0
	for k < len(toks) && k < 3 && toks[k].is(tAllCap) && !toks[k].is(tPunct) && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k == 0 || k+1 >= len(toks) || toks[k].p != ':' {
		return ""
	}
	quoted := doubleQuote(&toks[k+1], text)
	if !quoted && !fullNameLabelEN(toks, k) {
		return ""
	}
	label := titleCaseEN(text[toks[0].s:toks[k-1].e])
	if i, ok := d.byKey[label]; ok && i < d.before && strings.IndexByte(d.people[i].name, ' ') > 0 {
		d.interview = d.interview || !quoted // a transcript: the turn's "I" and "we" go on in its voice
		return d.people[i].name
	}
	return ""
}

// titleCaseEN writes each word of s with a capital initial and the rest
// in lower case: "DORA VANCE" gives "Dora Vance".
func titleCaseEN(s string) string {
	rs := []rune(strings.ToLower(s))
	for i, r := range rs {
		if i == 0 || rs[i-1] == ' ' || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
}

// minTurnTokens is the fewest tokens after a transcript's speaker label.
const minTurnTokens = 3

// fullNameLabelEN reports whether the capitals toks[:k] before the colon
// at k are two words or more with minTurnTokens tokens or more after the
// colon, up to a full stop, question or exclamation mark: a transcript's
// turn ("IRENE WALTHAM: We looked at that."), whose words need no
// quotation marks. A one-word label may be the host's or a journalist's
// surname; a label before words with no final stop is a headline's
// subject ("ANN LEE: Wants the toll cut").
func fullNameLabelEN(toks []token, k int) bool {
	if k < 2 || len(toks)-k-1 < minTurnTokens {
		return false
	}
	p := toks[len(toks)-1].p
	return p == '.' || p == '?' || p == '!'
}
