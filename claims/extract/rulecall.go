package extract

import "math/bits"

// The token rules of tokenRules are called directly, not through their
// function values, when the list is the one the package was built with
// (tests swap it): runStdRules calls rule k of stdRules for bit k of the
// mask, so the small rules are inlined and the others cost a direct call.
// TestStdRules checks that its cases follow the list. Of the rules that
// every word goes to (no guard in tokenRules), those whose pre-test the
// word fails are taken out of the mask first (rulepretest.go).

// stdRules is the list tokenRules starts as.
var stdRules = tokenRules

// isStdRules reports whether rules is stdRules itself.
func isStdRules(rules []tokenRule) bool {
	return len(rules) == len(stdRules) && len(rules) > 0 && &rules[0] == &stdRules[0]
}

// runStdRules runs the rules of stdRules whose bits are set in m, in order,
// but for those whose pre-test token i fails (they would record nothing).
func runStdRules(m uint64, c *unitCtx, i int) {
	for m &^= failedPretests(&c.toks[i]); m != 0; m &= m - 1 {
		switch bits.TrailingZeros64(m) {
		case 0:
			phraseRule(c, i)
		case 1:
			numberRule(c, i)
		case 2:
			dateRule(c, i)
		case 3:
			numberWordRule(c, i)
		case 4:
			unitRule(c, i)
		case 5:
			eventRule(c, i)
		case 6:
			comparisonRule(c, i)
		case 7:
			legalRule(c, i)
		case 8:
			reportedRule(c, i)
		case 9:
			causalRule(c, i)
		case 10:
			linkRule(c, i)
		case 11:
			opinionRule(c, i)
		case 12:
			personRule(c, i)
		case 13:
			modalRule(c, i)
		case 14:
			futureRule(c, i)
		case 15:
			discourseRule(c, i)
		case 16:
			clauseRule(c, i)
		}
	}
}

// stdRuleFuncs lists the functions runStdRules calls, by bit, for the test.
var stdRuleFuncs = [...]func(*unitCtx, int){
	phraseRule, numberRule, dateRule, numberWordRule, unitRule, eventRule,
	comparisonRule, legalRule, reportedRule, causalRule, linkRule,
	opinionRule, personRule, modalRule, futureRule, discourseRule, clauseRule,
}
