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
// FACTS: …" and other headings name nobody and give "".
func (d *docState) capsLabelEN(toks []token, text string) string {
	k := 0
	for k < len(toks) && k < 3 && toks[k].is(tAllCap) && !toks[k].is(tPunct) && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k == 0 || k+1 >= len(toks) || toks[k].p != ':' || !doubleQuote(&toks[k+1], text) {
		return ""
	}
	label := titleCaseEN(text[toks[0].s:toks[k-1].e])
	if i, ok := d.byKey[label]; ok && i < d.before && strings.IndexByte(d.people[i].name, ' ') > 0 {
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
