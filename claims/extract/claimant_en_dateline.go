package extract

import "strings"

// "HARBOR CITY (Wire) - Harbor Foods will cut 300 jobs, the company
// said.": a wire story's dateline (a place in capitals, perhaps a date
// and the agency in parentheses, then a dash) opens the first sentence;
// the sentence's subject comes after the dash.

// maxDatelineTokens is the most tokens of a dateline before its dash.
const maxDatelineTokens = 10

// datelineEndEN returns the token after the dash that closes a dateline
// opening the English unit: the first word in capitals only, then only
// capitalised words, numbers, commas and parentheses up to a dash; 0 when
// the unit opens with no dateline.
func datelineEndEN(toks []token, text string) int {
	if len(toks) < 3 || !capWord(&toks[0]) || !allCaps(text[toks[0].s:toks[0].e]) || toks[0].e-toks[0].s < 2 {
		return 0
	}
	for i := 1; i < len(toks) && i <= maxDatelineTokens; i++ {
		t := &toks[i]
		switch {
		case t.is(tPunct) && isDashToken(text[t.s:t.e]):
			return i + 1
		case capWord(t), t.is(tNum), t.p == ',', t.p == '(', t.p == ')':
		default:
			return 0
		}
	}
	return 0
}

// isDashToken reports whether s is a hyphen or a dash standing alone.
func isDashToken(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "--"
}

// datelineCutEN returns who, or "" when who is the place that opens the
// unit's dateline: a dateline names where the story was filed, never who
// makes its claim.
func datelineCutEN(toks []token, text, who string) string {
	e := datelineEndEN(toks, text)
	if e == 0 {
		return who
	}
	if place := text[toks[0].s:toks[e-1].s]; strings.HasPrefix(place, who) && len(who) < len(place) {
		return "" // the place that opens the dateline, not the agency after it ("…, Reuters reported")
	}
	return who
}
