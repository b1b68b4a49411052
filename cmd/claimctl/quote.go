package main

import (
	"regexp"
	"strings"
	"unicode"
)

// quoteMarks are the quotation marks and apostrophes a quote typed on a
// keyboard (" and ') may stand for in an article's text, and the other way
// round.
const quoteMarks = `"'„“”‚‘’»«›‹`

// findQuote finds text in body, for anchoring a claim added by its text:
// word for word first, else with any run of spaces and line breaks matching
// any other (a quote copied across a line break) and any quotation mark
// matching any other ("…" typed for „…“). It returns the byte span in body
// of the first place and how many places match; n is 0 when none does.
func findQuote(body, text string) (start, end, n int) {
	if i := strings.Index(body, text); i >= 0 {
		return i, i + len(text), strings.Count(body, text)
	}
	re, err := regexp.Compile(quotePattern(text))
	if err != nil {
		return 0, 0, 0
	}
	all := re.FindAllStringIndex(body, 2)
	if len(all) == 0 {
		return 0, 0, 0
	}
	return all[0][0], all[0][1], len(all)
}

// quotePattern is the regular expression findQuote uses for text.
func quotePattern(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(text) {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteString(`\s+`)
			}
			space = true
			continue
		case strings.ContainsRune(quoteMarks, r):
			b.WriteString("[" + regexp.QuoteMeta(quoteMarks) + "]")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		space = false
	}
	return b.String()
}
