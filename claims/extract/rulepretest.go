package extract

// Pre-tests of the token rules that every word goes to: each is a
// necessary condition for its rule to record anything, cheap enough to ask
// of every word, so that most words cost no call of the rule.
// TestRulePretests checks that a rule does nothing where its pre-test
// fails.

// Bits of the rules with a pre-test in stdRules (TestStdRules checks them).
const (
	bitEvent      = 1 << 5
	bitComparison = 1 << 6
	bitLegal      = 1 << 7
	bitLink       = 1 << 10
	bitDiscourse  = 1 << 15
)

// failedPretests returns the bits of the rules of stdRules whose pre-test
// t fails.
func failedPretests(t *token) uint64 {
	var m uint64
	if !mayEvent(t) {
		m |= bitEvent
	}
	if !mayCompare(t) {
		m |= bitComparison
	}
	if !mayLegal(t) {
		m |= bitLegal
	}
	if !mayLink(t) {
		m |= bitLink
	}
	if !mayDiscourse(t) {
		m |= bitDiscourse
	}
	return m
}

// mayEvent is eventRule's: an event verb of the lexicon, or a word of five
// bytes or more (isEventVerb asks for five; "wurde" has five).
func mayEvent(t *token) bool { return t.cat&cEventVerb != 0 || len(t.low) >= 5 }

// mayCompare is comparisonRule's: a comparative or superlative of the
// lexicon, or a word not capitalised of six bytes or more (isSuperlative).
func mayCompare(t *token) bool {
	return t.cat&(cSuper|cCompar) != 0 || !t.is(tCap) && len(t.low) >= 6
}

// mayLegal is legalRule's: a legal word of the lexicon, or a word of nine
// bytes or more (legalHead).
func mayLegal(t *token) bool { return t.cat&cLegal != 0 || len(t.low) >= 9 }

// mayLink is linkRule's: four bytes or more, starting with h or w.
func mayLink(t *token) bool {
	return len(t.low) >= 4 && (t.low[0] == 'h' || t.low[0] == 'w')
}

// mayDiscourse is discourseRule's: a discourse word of the lexicon, or
// three bytes or more starting with h or l (isLaughter).
func mayDiscourse(t *token) bool {
	return t.cat&cDiscourse != 0 || len(t.low) >= 3 && (t.low[0] == 'h' || t.low[0] == 'l')
}
