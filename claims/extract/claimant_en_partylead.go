package extract

import "strings"

// partyLeadEN drops an American party label, and the words before it,
// written before an English person's name ("Republican Ann Lee", "House
// Budget Republican Ann Lee" → "Ann Lee"): like an office, the label
// describes the person and is no part of the name. The name of a body
// with the label ("Republican National Committee") stays whole, and so
// does a label before fewer than two words or before lower-case words.
func partyLeadEN(name string) string {
	words := strings.Fields(name)
	cut := -1
	for i, w := range words {
		if foldIn(w, "Republican", "Democratic", "Democrat", "Independent", "GOP") {
			cut = i
		}
	}
	rest := words[cut+1:]
	if cut >= 0 && len(rest) > 2 && partyOfficeEN(rest[0]) {
		rest = rest[1:] // "Democratic Leader Ann Lee": the office goes with the label
	}
	if cut < 0 || len(rest) < 2 || orgNameEN(name) {
		return name
	}
	for _, w := range rest {
		if !upperFirst(w) {
			return name
		}
	}
	joined := strings.Join(rest, " ")
	if orgNameEN(joined) {
		return name
	}
	return joined
}

// partyOfficeEN reports whether w, right after a party label, is an office
// in the party ("Democratic Leader Ann Lee", "Republican Whip Tom Bell"):
// "Leader", or a title of titleWordEN.
func partyOfficeEN(w string) bool {
	return w == "Leader" || titleWordEN(w)
}
