package extract

// "Auch die Behauptung, der Park habe die Zahl halbiert, hält einer
// Prüfung nicht stand.": a Konjunktiv I clause after a noun of a claim and
// a comma is the content of that noun, not speech the text reports: the
// main clause is the writer's, and the speaker before is not carried over.

// claimNounsDE are German nouns of a claim whose content a clause after a
// comma gives (closed class of nouns of speech acts).
var claimNounsDE = map[string]bool{
	"behauptung": true, "behauptungen": true, "vorwurf": true, "vorwürfe": true, "annahme": true,
	"these": true, "gerücht": true, "unterstellung": true, "darstellung": true, "aussage": true,
}

// claimNounClauseDE reports whether one of the first five words of the
// unit is a noun of claimNounsDE followed by a comma.
func claimNounClauseDE(toks []token) bool {
	for k := 0; k+1 < len(toks) && k < 5; k++ {
		if toks[k+1].p == ',' && capWord(&toks[k]) && claimNounsDE[toks[k].low] {
			return true
		}
	}
	return false
}
