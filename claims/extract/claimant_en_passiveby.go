package extract

import "strings"

// "Pilots backed by the union want shorter shifts", "Ferry owners
// criticized by the mayor raised fares": a past participle of a verb of saying or of taking a
// position right after a noun, followed by "by", is passive (a reduced
// relative clause); the noun before it is what was said about, not the
// one who said it.

// passiveByEN returns "" when the English claimant who is written in the
// unit right before one of its verbs of saying in "-ed" that "by" and a
// word other than a gerund follow ("Harbor officials criticized by the
// mayor", not "Ann Lee responded by saying"); who otherwise.
func passiveByEN(u *claimUnit, who string) string {
	end, ok := whoEndEN(u, who)
	if !ok {
		return who
	}
	for _, v := range u.verbs {
		if v < 1 || v+2 >= len(u.toks) || u.toks[v+1].low != "by" || !strings.HasSuffix(u.toks[v].low, "ed") || strings.HasSuffix(u.toks[v+2].low, "ing") {
			continue // "responded by saying": "by" with a gerund is no agent
		}
		if p := &u.toks[v-1]; p.e == end {
			return "" // the noun right before the participle is the claimant
		}
	}
	return who
}
