package extract

import "strings"

// A news site prints an opinion piece's summary under the label "Story
// highlights", each line opening with the author's name and a colon:
// "Story highlights Ana Quillon: The pier tax will hurt farmers". The
// author so named is the claimant of that line, as a headline's "Ann Lee:
// …" names its speaker (fullNameColonEN), but without quotation marks.

// highlightsAuthorEN returns the name of two to four capitalised words
// between the label "Story highlights" and a colon that three tokens or
// more follow; "" otherwise.
func highlightsAuthorEN(toks []token, text string) string {
	if len(toks) < 8 || toks[0].low != "story" || toks[1].low != "highlights" {
		return ""
	}
	k := 2
	for k < len(toks) && k < 7 && (toks[k].flags&(tCap|tPunct|tAllCap) == tCap && toks[k].cat&(cDet|cNotName) == 0 || isInitial(toks, k)) {
		if isInitial(toks, k) {
			k++ // "Marc J. Randazza": the initial's full stop
		}
		k++
	}
	if k-2 < 2 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 {
		return ""
	}
	name := text[toks[2].s:toks[k-1].e]
	if strings.IndexByte(name, ' ') < 0 {
		return ""
	}
	return name
}
