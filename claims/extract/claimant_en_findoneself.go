package extract

import "strings"

// "Lee found herself in a dispute", "Fox News found itself playing host",
// "Lee found it difficult to win": "find" with a reflexive pronoun or
// with "it" and an adjective as its object tells what someone went
// through, not what someone found out and reports, so the unit narrates
// an experience (objectActEN), as "A jury found Lee not guilty" narrates
// a ruling. "found it was …" and "found that …" keep their finding.

// findOneselfEN reports whether the English verb at v is a form of "find"
// followed by a reflexive pronoun, or by "it" and a word that may be an
// adjective: a lower-case word that is no auxiliary, modal, article or
// preposition, not "to", "that" or "not", and not in "-ed" or "-s".
func findOneselfEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "found", "finds", "find", "finding") || v+1 >= len(toks) {
		return false
	}
	o := toks[v+1].low
	if foldIn(o, "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves") {
		return true
	}
	if o != "it" || v+2 >= len(toks) {
		return false
	}
	a := &toks[v+2]
	if !lowerWord(a) || a.cat&(cAux|cModal|cDet) != 0 || prepositionEN(a.low) || foldIn(a.low, "to", "that", "not") {
		return false
	}
	return !strings.HasSuffix(a.low, "ed") && !strings.HasSuffix(a.low, "s")
}
