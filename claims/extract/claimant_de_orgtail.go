package extract

import "strings"

// A German body's name often goes on after its head noun with a genitive
// or with its remit after "für": "die Universität Mannheim", "das
// Institut der deutschen Wirtschaft", "der Verband der privaten
// Krankenversicherer", "das Amt für Häfen". Cut after the head noun, the
// name is a bare "Institut" or "Amt", which the text's fuller names then
// replace, possibly by another body of the same head ("Ifo-Institut").

// orgTailDE returns where the name of a body whose capitalised words end
// at j goes on: past "der"/"des", at most two lower-case adjectives in
// -en and a capitalised word with the words capitalised after it
// ("Studie der Universität Mannheim", "dem Institut der deutschen
// Wirtschaft"), or past "für" and its capitalised words ("dem Amt für
// Häfen"); j when neither follows, or when the name is an acronym ("nach
// Auskunft der NASA der überwiegende Teil").
func orgTailDE(toks []token, text string, j int) int {
	if j < 1 || j+1 >= len(toks) || toks[j-1].is(tAllCap) {
		return j // "nach Auskunft der NASA der überwiegende Teil": an acronym is a whole name
	}
	switch toks[j].low {
	case "des", "der":
		k := j + 1
		for k < len(toks) && k-j <= 2 && genitiveAdjectiveDE(&toks[k]) {
			k++ // "der deutschen", "des öffentlichen"
		}
		if k < len(toks) && capWord(&toks[k]) && toks[k].cat&(cNotName|cTimeNoun|cMonth|cWeekday) == 0 {
			if e := capRun(toks, text, k, true); !strings.HasSuffix(text[toks[k].s:toks[e-1].e], "-") {
				return e
			}
			// "des Verbands der Schul- und Kitabäcker": a truncated compound, as genitiveBodyChainDE leaves it
		}
	case "für":
		if capWord(&toks[j+1]) && toks[j+1].cat&cNotName == 0 {
			return remitAndDE(toks, capRun(toks, text, j+1, true))
		}
	}
	return j
}

// remitAndDE returns where a body's remit that ends at e goes on with
// "und" and one more plain noun ("Bundesamt für Migration und
// Flüchtlinge"): not before a role or a name of more words ("… und
// Innenminister Jan Roth").
func remitAndDE(toks []token, e int) int {
	if e+1 < len(toks) && toks[e].low == "und" && capWord(&toks[e+1]) && toks[e+1].cat == 0 && (e+2 == len(toks) || !capWord(&toks[e+2])) {
		return e + 2
	}
	return e
}

// genitiveOwnerStartDE returns where the name of a body starts whose
// genitive (orgTailDE) holds the capitalised word at k: "Institut" for
// "Wirtschaft" in "Dem Institut der deutschen Wirtschaft zufolge"; k
// when the word is no such genitive's.
func genitiveOwnerStartDE(toks []token, text string, k int) int {
	g := k - 1
	for g > 0 && k-g <= 2 && genitiveAdjectiveDE(&toks[g]) {
		g-- // "der deutschen"
	}
	if g < 1 || g == k-1 || toks[g].low != "der" && toks[g].low != "des" || !capWord(&toks[g-1]) || toks[g-1].cat&cDet != 0 {
		return k // a lower-case adjective in the genitive is what the word's own run cannot reach
	}
	h := g - 1
	for h > 0 && capWord(&toks[h-1]) && toks[h-1].cat&cDet == 0 {
		h--
	}
	if orgTailDE(toks, text, g) <= k {
		return k
	}
	return h
}

// bodyTailDE is orgTailDE after a body's head noun only (bodyHeadDE, also
// in the genitive: "des Instituts der deutschen Wirtschaft", "des
// Deutschen Instituts für Wirtschaftsforschung"), not after a person's
// description ("des Sprechers der Polizei").
func bodyTailDE(toks []token, text string, j int) int {
	if j < 1 || bodyHeadDE(genitiveBaseFullDE(text[toks[j-1].s:toks[j-1].e])) == "" {
		return j
	}
	return orgTailDE(toks, text, j)
}

// genitiveAdjectiveDE reports whether t is a lower-case adjective as it
// stands after a genitive article: in -en, a word the lexicon knows at
// most as an adjective that looks like a verb ("privaten"), not a date's
// ("vergangenen").
func genitiveAdjectiveDE(t *token) bool {
	return lowerWord(t) && t.cat&^cNotVerb == 0 && strings.HasSuffix(t.low, "en")
}
