package extract

// "Das berichten Forschende der Universität Kalben im Fachblatt …": a
// plural noun of researchers with the body they work for in the genitive
// after it names no person; the guide's claimant is the body
// ("Universität Kalben"), as it is when the noun opens the sentence
// ("Forschende der Universität Kalben berichten, …").

// researcherNounsDE are the German plural nouns of researchers and
// scientists, masculine, feminine and participle forms (closed class).
var researcherNounsDE = map[string]bool{
	"forscher": true, "forscherinnen": true, "forschende": true, "forschenden": true,
	"wissenschaftler": true, "wissenschaftlerinnen": true, "wissenschaftlern": true,
}

// researchersBodyDE returns the body in the genitive after who when who is
// a plural noun of researchers (researcherNounsDE) that the unit writes
// with "der"/"des" and a capitalised name after it, perhaps after a second
// such noun ("Wissenschaftlerinnen und Wissenschaftler der Universität
// X"); who otherwise.
func (d *docState) researchersBodyDE(toks []token, text, who string, lex lexicon) string {
	if who == "" || !lowerIn(researcherNounsDE, who) {
		return who // most claimants: no map look-up beyond this
	}
	for k := 0; k+2 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != who {
			continue
		}
		g := k + 1
		if g+2 < len(toks) && toks[g].low == "und" && researcherNounsDE[toks[g+1].low] {
			g += 2 // "Wissenschaftlerinnen und Wissenschaftler der …"
		}
		if g+1 >= len(toks) || toks[g].low != "der" && toks[g].low != "des" || !capWord(&toks[g+1]) {
			return who
		}
		if body := d.genitiveSourceDE(toks, text, g, phraseEndDE(toks, g), lex); body != "" {
			return body
		}
		return who
	}
	return who
}
