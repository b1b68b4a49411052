package extract

import "strings"

// "A senior aide to Prime Minister Anders Bek said …": a described person
// linked by "to" or "for" to a named one right before the verb of saying
// speaks, not the person named; the claimant is the whole description, as
// for "A spokeswoman for Mayor Tom Bell".

// maxAideWords is the most lower-case words from the determiner to "to".
const maxAideWords = 3

// aideToEN returns the description ending in who's name when the name
// that who was found by comes right before a speech verb of the unit
// after "to"/"for" and a lower-case description opened by "a", "an" or
// "one"; who otherwise.
func (d *docState) aideToEN(u *claimUnit, who string) string {
	if who == "" || strings.Contains(who, "; ") {
		return who
	}
	toks := u.toks
	for _, v := range u.verbs {
		n := capRunStart(toks, v)
		if n == v || n < 3 || (toks[n-1].low != "to" && toks[n-1].low != "for") {
			continue
		}
		if !strings.HasSuffix(who, lastWordEN(u.text[toks[n].s:toks[v-1].e])) {
			continue
		}
		if s := aideStartEN(toks, n-1); s >= 0 {
			return u.text[toks[s].s:toks[v-1].e]
		}
	}
	return who
}

// aideStartEN returns the determiner "a", "an" or "one" opening the
// lower-case words before the preposition at p; -1 when there is none.
func aideStartEN(toks []token, p int) int {
	for k := p - 1; k >= 0 && p-k <= maxAideWords+1; k-- {
		switch {
		case toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "one":
			if k == p-1 {
				return -1
			}
			return k
		case !lowerWord(&toks[k]):
			return -1
		}
	}
	return -1
}

// lastWordEN returns the last space-separated word of s.
func lastWordEN(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
