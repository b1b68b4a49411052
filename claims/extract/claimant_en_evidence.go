package extract

import "strings"

// "The numbers say otherwise", "The figures show …": a plural noun for
// evidence is what a source published, not the source; as a claimant it
// would be a common noun. The claimant is left empty; but a source after
// "according to" stays ("according to official figures"), as the
// labelled training units give it.

// evidenceNounsEN are the plural nouns for evidence, in lower case.
var evidenceNounsEN = map[string]bool{
	"numbers": true, "figures": true, "data": true, "statistics": true, "stats": true,
	"results": true, "estimates": true, "records": true, "findings": true,
}

// evidenceClaimantEN returns "" when who is at most three words and ends
// in a noun for evidence ("numbers", "official figures", "the latest
// data") and the unit has no "according to"; who otherwise.
func evidenceClaimantEN(toks []token, who string) string {
	if who == "" || strings.Count(who, " ") > 2 {
		return who
	}
	for i := range toks {
		if toks[i].cat&cAccording != 0 {
			return who
		}
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	if lowerIn(evidenceNounsEN, last) {
		return ""
	}
	return who
}
