package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagAheadEN is the speaker of a quotation whose speech tag stands in the
// next unit of the same line: the quotation goes on into it ("”Who would
// pay? | It is a gamble,” Ann Lee said.") or the tag follows its closing
// mark ("“Truth wins!” | Mayor Ann Lee wrote on her page."). The tag is a
// verb of saying right after the quotation with a capitalised name before
// it ("Ann Lee said", "Lee asked") or after it ("said Ann Lee"), or "he"/
// "she" and the verb (the last speaker of that gender). "" for a unit that
// is no quotation, has a verb of saying of its own, or when the next text
// has no such tag. On training articles: English right 5887 → 5908 (units
// of 15 articles and more), right none 10019 → 10018.
func (d *docState) tagAheadEN(u *claimUnit) string {
	toks := u.toks
	if len(toks) < 2 || len(u.verbs) > 0 || !(toks[0].is(tQuote) || d.openQ.inside) {
		return ""
	}
	rest := d.restEN
	if len(rest) > maxTagAheadEN {
		rest = rest[:maxTagAheadEN] // a tag stands close; no scan of a long text per unit
	}
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if d.openQ.open { // the quotation goes on: the tag follows its closing mark
		c := closingQuoteEN(rest)
		if c < 0 {
			return ""
		}
		rest = rest[c:]
	} else if !toks[len(toks)-1].is(tQuote) {
		return ""
	}
	return d.speechTagEN(strings.TrimLeft(rest, " ,"))
}

// maxTagAheadEN is how many bytes after a unit tagAheadEN reads for the
// rest of a quotation and its tag.
const maxTagAheadEN = 600

// closingQuoteEN is the byte index after the first closing quotation
// mark of s (”, " or ”), or -1.
func closingQuoteEN(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "”"):
			return i + len("”")
		case s[i] == '"':
			return i + 1
		case strings.HasPrefix(s[i:], "''"):
			return i + 2
		}
	}
	return -1
}

// tagVerbEN reports whether w is a verb of a speech tag.
func tagVerbEN(w string) bool {
	return foldIn(w, "said", "says", "wrote", "writes", "asked", "asks", "tweeted", "tweets", "added", "adds", "told", "tells", "declared", "insisted", "explained")
}

// speechTagEN is the speaker of a speech tag at the start of s: "Ann Lee
// said", "said Ann Lee", "she said"; "" for any other start.
func (d *docState) speechTagEN(s string) string {
	words := strings.Fields(s)
	if len(words) > 8 {
		words = words[:8]
	}
	if len(words) < 2 {
		return ""
	}
	if tagVerbEN(strings.TrimRight(words[0], ".,")) {
		return capRunEN(words[1:])
	}
	switch strings.ToLower(words[0]) {
	case "he", "she":
		if tagVerbEN(strings.TrimRight(words[1], ".,")) {
			g := byte('m')
			if strings.EqualFold(words[0], "she") {
				g = 'f'
			}
			return d.speakerEN[gi(g)]
		}
		return ""
	}
	for k := 0; k < len(words) && k < 5; k++ {
		if !capWordEN(words[k]) {
			if tagVerbEN(strings.TrimRight(words[k], ".,")) && k > 0 {
				return capRunEN(words[:k])
			}
			return ""
		}
	}
	return ""
}

// capRunEN is the run of capitalised words that opens words, without the
// words up to an abbreviated title ("Ms. Lee" → "Lee", "Ohio Rep. Ann
// Lee" → "Ann Lee"), or "".
func capRunEN(words []string) string {
	n := 0
	for n < len(words) && n < 5 && capWordEN(words[n]) {
		n++
		if strings.HasSuffix(words[n-1], ",") {
			break
		}
	}
	run := words[:n]
	for k := len(run) - 2; k >= 0; k-- {
		if len(run[k]) >= 3 && strings.HasSuffix(run[k], ".") {
			run = run[k+1:] // "Ohio Rep. Ann Lee", "Ms. Lee": the name after the title
			break
		}
	}
	if len(run) == 0 {
		return ""
	}
	return strings.TrimRight(strings.Join(run, " "), ".,")
}

// capWordEN reports whether w starts with a capital letter.
func capWordEN(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
