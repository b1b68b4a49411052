package extract

import "strings"

// "Just 28 percent of voters said …": a share of respondents is no person
// or body; what they said is a poll's finding, and its issuer is the
// claimant where the text brought the poll up with one
// (pollRespondentsEN), else none.

// shareClaimantEN returns "" when who is a share of people ("Just 28
// percent of voters", "46% of respondents"): a number, perhaps after a
// qualifier, then "percent", "per cent" or "%"; or what is left of one
// after a "%" ("of respondents"); who otherwise.
func shareClaimantEN(who string) string {
	w := strings.Fields(strings.ToLower(who))
	if len(w) > 1 && w[0] == "of" && !upperFirst(who[3:]) {
		return "" // "of commuters" from "46% of commuters"
	}
	k := 0
	for k < len(w) && foldIn(w[k], "just", "only", "about", "nearly", "almost", "some", "roughly", "around", "more", "fewer", "less", "than", "over", "under") {
		k++
	}
	if k >= len(w) || !numberLikeEN(w[k]) {
		return who
	}
	if strings.HasSuffix(w[k], "%") || k+1 < len(w) && (w[k+1] == "percent" || w[k+1] == "%" || w[k+1] == "per" && k+2 < len(w) && w[k+2] == "cent") {
		return ""
	}
	return who
}

// numberLikeEN reports whether the lower-case word w is a number: digits
// first, a number word, or a word of tens or teens ("forty", "sixteen",
// "forty-six").
func numberLikeEN(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' || numberWordsEN[w] {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k]
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ty") || strings.HasSuffix(w, "teen"))
}
