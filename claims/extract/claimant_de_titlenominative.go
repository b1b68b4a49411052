package extract

import "strings"

// "Im „Rheinischen Anzeiger“ heißt es, …", "Dem „Westlichen Boten“ sagte
// …": a paper's title in quotation marks keeps the case the sentence
// gives it, so its opening adjective ends in the dative -en. The guide
// names a claimant in the nominative without an article: "Rheinischer
// Anzeiger" (masculine), "Westfälisches Volksblatt" (neuter), "Rheinische
// Post" (feminine, after "in der").

// titleNominativeDE returns who with its opening adjective in the
// nominative when who is a quoted title of two words or more whose first
// word is an adjective in -en (titleAdjectiveDE) and the unit writes it
// right after "„" and a dative article: after "im", "dem", "vom", "zum",
// "beim" -es for a neuter noun (neuterTitleDE), else -er; after "der" -e;
// who otherwise.
func titleNominativeDE(toks []token, text, who string) string {
	adj, rest, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(who, ';') >= 0 || !upperFirst(adj) || !titleAdjectiveDE(adj) {
		return who
	}
	for q := 1; q+1 < len(toks); q++ {
		if text[toks[q].s:toks[q].e] != "„" || !strings.HasPrefix(text[toks[q+1].s:], who) {
			continue
		}
		stem := adj[:len(adj)-2]
		switch toks[q-1].low {
		case "im", "dem", "vom", "zum", "beim":
			if neuterTitleDE(rest) {
				return stem + "es " + rest
			}
			return stem + "er " + rest
		case "der":
			return stem + "e " + rest
		}
		return who
	}
	return who
}

// neuterTitleDE reports whether the last word of a title ends in a neuter
// noun of the press or of a body ("Volksblatt", "Magazin", "Journal",
// neuterHeadsDE).
func neuterTitleDE(title string) bool {
	w := strings.ToLower(title[strings.LastIndexByte(title, ' ')+1:])
	for _, h := range [...]string{"blatt", "magazin", "journal", "echo", "portal"} {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	for _, h := range neuterHeadsDE {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// titleAdjectiveDE reports whether the word w is an adjective in -en by
// its derivational ending (adjectiveStemEnDE) or in -schen
// ("Süddeutschen", "Rheinischen"); only its ending is read, so a
// capitalised word needs no lower-casing (no allocation: the check runs
// on every claimant).
func titleAdjectiveDE(w string) bool {
	return adjectiveStemEnDE(w) || len(w) > 7 && strings.HasSuffix(w, "schen")
}
