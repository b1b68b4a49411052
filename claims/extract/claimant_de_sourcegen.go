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
