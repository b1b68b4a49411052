package extract

import "strings"

// "…, heißt es in Kommissionskreisen", "nach Angaben aus
// Diplomatenkreisen": the circles a correspondent cites are the source,
// in the nominative plural ("Kommissionskreise"), as "aus
// Koalitionskreisen" after "heißt es" already is (sourceAfterDE).

// circlesAfterDE returns the circles that the preposition "in" or "aus" at
// token k opens, a compound of one word ending in "kreisen" (perhaps with
// an adjective before it: "in EU-Diplomatenkreisen"), without its dative
// ending; "" otherwise.
func circlesAfterDE(toks []token, text string, k int) string {
	if k+1 >= len(toks) || toks[k].low != "in" && toks[k].low != "aus" {
		return ""
	}
	t := &toks[k+1]
	if !capWord(t) || !strings.HasSuffix(t.low, "kreisen") || len(t.low) <= len("kreisen")+2 {
		return ""
	}
	return text[t.s : t.e-1]
}
