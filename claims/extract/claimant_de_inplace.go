package extract

import "strings"

// "Einige der bekanntesten Imker im Freistaat Sachsen haben den Minister
// gewarnt": the name after a locative "im" or "in" places the speaker,
// it does not name them; a place is never a claimant. A newspaper after
// "im" is a source ("Im „Rheinischen Anzeiger“ heißt es"): units with
// "heißt es" and quoted titles keep theirs.

// placedClaimantDE returns "" when every occurrence of the one claimant
// who in the German unit text follows "im", "in", "in der", "in den" or
// "in dem" and the unit has no "heißt es"/"hieß es"; who otherwise.
func (d *docState) placedClaimantDE(toks []token, text, who string) string {
	if who == "" || strings.Contains(who, "; ") || d.heisstEsUnitDE(toks) {
		return who
	}
	found := false
	for from := 0; ; {
		k := strings.Index(text[from:], who)
		if k < 0 {
			break
		}
		k += from
		from = k + len(who)
		if k > 0 && !strings.HasSuffix(text[:k], " ") {
			continue // inside a word, or after a quotation mark
		}
		if !locativeBeforeDE(text[:k]) {
			return who
		}
		found = true
	}
	if !found {
		return who
	}
	return ""
}

// locativeBeforeDE reports whether before, the text up to a name, ends
// in the word "im" or "in", perhaps with "der", "den" or "dem" after it.
func locativeBeforeDE(before string) bool {
	for _, art := range [...]string{"der ", "den ", "dem "} {
		if strings.HasSuffix(before, art) {
			before = before[:len(before)-len(art)]
			if !strings.HasSuffix(before, "in ") {
				return false
			}
			break
		}
	}
	for _, p := range [...]string{"im ", "Im ", "in ", "In "} {
		if strings.HasSuffix(before, p) {
			rest := before[:len(before)-len(p)]
			return rest == "" || strings.HasSuffix(rest, " ")
		}
	}
	return false
}
