package extract

import "strings"

// An indefinite or negative pronoun ("Niemand verlangt, dass …", "Keiner
// fordert …", "Jemand behauptete …") stands where a subject stands but
// names nobody the statement could be attributed to: it is no claimant
// (adverbClaimantDE drops it, as it drops an opening adverb such as
// "Unterdessen").

// indefinitePronounsDE are the German indefinite and negative pronouns
// that can be the subject of a verb (closed class).
var indefinitePronounsDE = map[string]bool{
	"niemand": true, "jemand": true, "keiner": true, "keine": true, "nichts": true, "etwas": true,
	"irgendwer": true, "irgendjemand": true, "mancher": true, "manche": true,
}

// negativeLeadDE reports whether who opens with the negative article
// "kein" in any form ("Kein Problem", "Keine Einigung"): such a phrase
// names nobody.
func negativeLeadDE(who string) bool {
	w, _, ok := strings.Cut(who, " ")
	if !ok {
		return false
	}
	switch w {
	case "Kein", "Keine", "Keinen", "Keinem", "Keiner", "Keines":
		return true
	}
	return false
}
