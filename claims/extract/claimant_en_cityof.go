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
	for rest, at := text, 0; ; {
		k := strings.Index(rest, who)
		if k < 0 {
			return who
		}
		before := text[:at+k]
		for _, n := range [...]string{"city of ", "town of ", "state of ", "county of ", "village of "} {
			if b, ok := strings.CutSuffix(before, n); ok && (strings.HasSuffix(b, "the ") || strings.HasSuffix(b, "The ")) {
				return n + who
			}
		}
		at += k + len(who)
		rest = text[at:]
	}
}
