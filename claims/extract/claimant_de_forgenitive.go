package extract

import "strings"

// A body with a remit after "für" may stand in the genitive after the noun
// of a part of it or of a body it heads: "Nach Angaben der
// Regionaldirektion der Agentur für Umwelt", "teilte die Landesstelle des
// Bundesamts für Statistik mit". The name readers stop at "der"/"des" or
// at "für" ("Regionaldirektion", "Regionaldirektion der Agentur"); the
// guide wants the whole name.

// forGenitiveOwnerDE returns the whole name when the body with a remit
// whose span (forSpanDE) starts at s follows a genitive article and a
// capitalised noun (not of an adjective's form), and who is that noun (in the nominative or as
// written) or the noun with the start of the genitive ("Regionaldirektion
// der Agentur"): "Regionaldirektion der Agentur für Umwelt". Else "".
func forGenitiveOwnerDE(toks []token, text string, s, e int, who string) string {
	if s < 2 || toks[s-1].low != "der" && toks[s-1].low != "des" || !capWord(&toks[s-2]) || toks[s-2].cat&(cDet|cNotName) != 0 {
		return ""
	}
	word := text[toks[s-2].s:toks[s-2].e]
	if adjectiveDE(toks[s-2].low) {
		return "" // "der Zentrale der Agentur …": an adjective's form, which later rules decline
	}
	owner, _, _ := strings.Cut(who, " ")
	if owner != word && owner != genitiveBaseDE(word) {
		return ""
	}
	if owner != who && !strings.HasPrefix(text[toks[s-2].s:], who) {
		return ""
	}
	return owner + " " + text[toks[s-1].s:toks[e-1].e]
}
