package extract

import "strings"

// countryLeadEN reports whether w, the first word of an English claimant
// of several words, is a country or union written in capitals ("U.S.",
// "US", "U.K.", "UN"): it is part of the name of the body after it ("U.S.
// Fisheries Service"), not a word to drop before a name.
func countryLeadEN(w string) bool {
	switch w {
	case "U.S.", "US", "U.K.", "UK", "U.N.", "UN", "EU", "E.U.":
		return true
	}
	return false
}

// countryBodyEN returns the English body who with the country or union
// written right before it in the unit ("The U.S. Fisheries Service
// said": "U.S. Fisheries Service"; countryLeadEN). A name of one word,
// several claimants or no such writing leave who as it is.
func countryBodyEN(text, who string) string {
	if strings.IndexByte(who, ' ') < 0 || strings.Contains(who, "; ") {
		return who
	}
	for i := strings.Index(text, who); i > 0; {
		if s := strings.LastIndexByte(text[:i-1], ' ') + 1; text[i-1] == ' ' && countryLeadEN(text[s:i-1]) {
			return text[s:i] + who
		}
		j := strings.Index(text[i+1:], who)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return who
}
