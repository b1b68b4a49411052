package extract

import "strings"

// sourceNounsDE are the German nouns that, right after "nach", name what
// a source gave or holds ("nach Angaben des Amts", "nach Zahlen des
// Bundesamts", "nach Ansicht von Experten"): the name after them is the
// claimant. All but "zahlen" and "daten" are also communicationNounsDE,
// the nouns "laut", "zufolge" and sourcePhraseDE read; one list for both
// lost a training unit (BENCHMARKS, twelfth session).
var sourceNounsDE = map[string]bool{
	"angaben": true, "zahlen": true, "daten": true, "schätzungen": true, "berechnungen": true,
	"erkenntnissen": true, "informationen": true, "einschätzung": true, "ansicht": true,
	"auffassung": true, "meinung": true, "darstellung": true, "worten": true, "aussage": true,
	"aussagen": true, "recherchen": true, "bilanz": true, "zählung": true,
}

// sourceNounDE reports whether w (lower case) is a noun of sourceNounsDE or
// a compound that ends in one of its nouns of four letters or more
// ("rechtsauffassung", "einschätzung" in "lageeinschätzung").
func sourceNounDE(w string) bool {
	if sourceNounsDE[w] {
		return true
	}
	for n := range sourceNounsDE {
		if len(n) >= 8 && len(w) > len(n)+2 && strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// nachBeforeDE returns the index of "nach" right before token i or before
// an article right before it ("nach der Auffassung"), also "einer" or an
// inflected adjective when a genitive follows the noun ("nach vorläufiger
// Bilanz des Wetterdienstes"; not "nach eigenen Angaben"), -1 if none.
func nachBeforeDE(toks []token, i int) int {
	if i >= 1 && toks[i-1].low == "nach" {
		return i - 1
	}
	if i >= 2 && toks[i-2].low == "nach" && (toks[i-1].low == "der" || toks[i-1].low == "den") {
		return i - 2
	}
	if i >= 2 && i+1 < len(toks) && toks[i-2].low == "nach" && (toks[i+1].low == "des" || toks[i+1].low == "der") &&
		(toks[i-1].low == "einer" || lowerWord(&toks[i-1]) && toks[i-1].cat&cDet == 0 && inflectedDE(toks[i-1].low) && toks[i-1].low != "eigenen") {
		return i - 2 // "nach vorläufiger Bilanz des Wetterdienstes", "nach einer Zählung der Gemeinde"
	}
	return -1
}
