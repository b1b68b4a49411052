package extract

import "strings"

// "The Prime Minister told reporters", "…, the Deputy Mayor said": the
// word before an office written in capitals modifies the office and is no
// name; read alone it gave "Prime" and "Deputy". Like an office alone
// ("The Mayor told reporters"), it names no claimant.

// titleModifiersEN are the English words that modify an office written
// after them ("Prime Minister", "Vice President", "First Minister",
// "Acting Director").
var titleModifiersEN = map[string]bool{
	"prime": true, "vice": true, "first": true, "chief": true, "acting": true, "assistant": true,
	"associate": true, "interim": true, "senior": true, "deputy": true, "lieutenant": true,
}

// titleModifierAloneEN returns "" when who is one word that modifies an
// office (titleModifiersEN, or a title word: titleWordEN) and stands in
// the unit right before a capitalised office or title ("Prime
// Minister"); who otherwise.
func titleModifierAloneEN(toks []token, text, who string, lex lexicon) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	low := strings.ToLower(who)
	if !titleModifiersEN[low] && !titleWordEN(low) {
		return who
	}
	for k := 0; k+1 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != who || !capWord(&toks[k+1]) {
			continue
		}
		if roleOf(&toks[k+1], lex) != "" || titleWordEN(toks[k+1].low) {
			return ""
		}
	}
	return who
}

// titleModifierSkipEN returns the token after the office modifiers
// (titleModifiersEN) that open a run of capitalised words at n ("Deputy
// Mayor Jane Dorran": "Mayor"), n when none does.
func titleModifierSkipEN(toks []token, n int) int {
	for n+2 < len(toks) && capWord(&toks[n]) && titleModifiersEN[toks[n].low] && capWord(&toks[n+1]) && capWord(&toks[n+2]) {
		n++
	}
	return n
}
