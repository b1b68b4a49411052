package extract

import "strings"

// "The city of Vallejo said …", "the state of Hawaii argued": the local
// government speaks, and the guide keeps the source as the text names it,
// "city of Vallejo" (not the place, which is no claimant, nor another
// name that holds it).

// cityOfEN returns "city of <who>" (or town, state, county, village)
// when text writes who right after "the", such a noun and "of"; who
// otherwise.
func cityOfEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	for _, n := range [...]string{"city", "town", "state", "county", "village"} {
		for _, lead := range [...]string{"The ", "the "} {
			if strings.Contains(text, lead+n+" of "+who) {
				return n + " of " + who
			}
		}
	}
	return who
}
