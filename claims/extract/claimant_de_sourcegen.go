package extract

import "strings"

// "…, hieß es bei der Vereinigung der Arbeitgeberverbände": a body named
// by a noun and a genitive of what it unites or serves. The source of
// "heißt es" / "verlautete" keeps the genitive ("Vereinigung der
// Arbeitgeberverbände"), not the bare noun ("Vereinigung").

// sourceGenitiveDE returns who, a source of one word read from the phrase
// toks[k:e], with the genitive that follows it in the phrase ("der
// Arbeitgeberverbände"); who otherwise.
func sourceGenitiveDE(toks []token, text string, k, e int, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	for i := k; i+2 < e; i++ {
		if text[toks[i].s:toks[i].e] != who || !genitiveLinkDE(toks[i+1].low) {
			continue
		}
		if end := bodyEndDE(toks[:e], i+1); end > i+1 {
			return text[toks[i].s:toks[end-1].e]
		}
		return who
	}
	return who
}

// genitiveBodyChainDE returns who, a body's head noun of one word read
// from the genitive phrase toks[k:e] ("nach Angaben des Verbands der
// Ersatzkassen" → "Verband"), with the genitive that follows its word in
// the phrase ("Verband der Ersatzkassen"); who otherwise.
func genitiveBodyChainDE(toks []token, text string, k, e int, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || bodyHeadDE(who) == "" {
		return who
	}
	for i := k; i+2 < e; i++ {
		if genitiveBaseDE(text[toks[i].s:toks[i].e]) != who || toks[i+1].low != "der" {
			continue
		}
		end := bodyEndDE(toks[:e], i+1)
		if end > i+1 && strings.HasSuffix(text[toks[i+1].s:toks[end-1].e], "-") {
			return who // "des Verbands der deutschen Schul- und Kitacaterer": a truncated compound, no name of its own
		}
		if end > i+1 {
			return who + " " + text[toks[i+1].s:toks[end-1].e]
		}
		return who
	}
	return who
}
