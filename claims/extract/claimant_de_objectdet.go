package extract

import "strings"

// A German noun phrase opened by "den", "einen", "keinen" or a
// demonstrative in "-en" is an accusative object or a dative plural,
// never the subject that speaks: "Einen Grund nannte die Bahn nicht",
// "…, obwohl ihr Fest den Auflagen widerspricht". Only
// a preposition before the article ("laut den Organisatoren", "nach den
// Worten") or "zufolge"/"gegenüber" after the phrase make it a source.

// objectDeterminersDE are the determiners of an accusative object or a
// dative plural ("den", "einen", "keinen", "diesen", "jenen").
var objectDeterminersDE = map[string]bool{"den": true, "einen": true, "keinen": true, "diesen": true, "jenen": true}

// objectClaimantDE returns "" when every place the unit writes the first
// word of the claimant who stands in such an object phrase
// (objectPhraseAtDE); else who. A claimant the unit does not write (a
// carried speaker) and several claimants are kept.
func objectClaimantDE(toks []token, text, who string) string {
	if who == "" || strings.Contains(who, "; ") {
		return who
	}
	first := firstWord(who)
	found := false
	for k := 1; k < len(toks); k++ {
		if !capWord(&toks[k]) || text[toks[k].s:toks[k].e] != first {
			continue
		}
		if !objectPhraseAtDE(toks, k) {
			return who
		}
		found = true
	}
	if !found {
		return who
	}
	return ""
}

// objectPhraseAtDE reports whether the capitalised word at k follows an
// object determiner (objectDeterminersDE), perhaps with up to two
// inflected lower-case adjectives between, that no preposition or "laut"
// governs, and no "zufolge" or "gegenüber" follows within four words.
func objectPhraseAtDE(toks []token, k int) bool {
	j := k - 1
	for n := 0; n < 2 && j > 0 && lowerWord(&toks[j]) && !objectDeterminersDE[toks[j].low] && inflectedDE(toks[j].low); n++ {
		j-- // "den weiteren Angaben"
	}
	if !objectDeterminersDE[toks[j].low] {
		return false
	}
	if j > 0 && (prepositionsBeforeDE[toks[j-1].low] || toks[j-1].cat&cAccording != 0) {
		return false // "laut den Organisatoren", "nach den Worten"
	}
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if toks[i].low == "zufolge" || toks[i].low == "gegenüber" {
			return false // "den Ermittlern zufolge"
		}
	}
	return true
}
