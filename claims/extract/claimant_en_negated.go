package extract

import "strings"

// "Officials at the department did not respond to requests for comment":
// a group whose negated verb of saying reports that nothing was said is
// no claimant (groupSubjectEN), and its subject is not read up to the
// verb ("… did not"); a plural noun after such a verb is its object, not
// a verb of saying ("did not return calls"). The verbs of a named speaker
// are left as they are ("Lee did not say whether …"): skipping every
// negated verb of saying lost three units of the rules' check part.

// negatedVerbEN reports whether the English verb of saying v follows
// "not", "n't" or "never", perhaps with "yet", "immediately", "publicly"
// or "directly" between ("did not immediately respond").
func negatedVerbEN(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch w := toks[k].low; {
		case w == "not" || w == "never" || hasSuffixFold(w, "n't") || hasSuffixFold(w, "n’t"):
			return true
		case w == "yet" || w == "immediately" || w == "publicly" || w == "directly":
			continue
		default:
			return false
		}
	}
	return false
}

// negatedObjectEN reports whether the English speech word v ending in -s is
// the object of a verb after a negation or "do" ("did not return calls",
// "would not take questions"): a plural noun, no verb of saying.
func negatedObjectEN(toks []token, v int) bool {
	if v < 2 || !strings.HasSuffix(toks[v].low, "s") {
		return false
	}
	p, q := &toks[v-1], toks[v-2].low
	if p.is(tPunct) || p.is(tCap) || p.cat&cAux != 0 {
		return false
	}
	return q == "not" || q == "never" || hasSuffixFold(q, "n't") || hasSuffixFold(q, "n’t") || doAuxEN(q)
}
