package extract

import "strings"

// "Sen. Ann Lee supports raising the toll", "The county opposes closing
// the pier": a verb of taking a position in the present tense with a
// gerund as its object states the subject's current position on an act,
// as "wants" does (guide: the subject of a verb of taking a position).
// With a noun ("supports the bill", "favors workers") the verb often
// describes a record or a policy's effect and is left out, as are the
// past tense (a record: "has opposed defunding") and a relative clause
// ("the fund, which supports building roads": the fund's aim, no claim).

// supportsGerundEN reports whether token i is "supports", "opposes" or
// "favors" followed by a gerund, not after a relative pronoun or a word
// of stanceBlockEN.
func supportsGerundEN(toks []token, i int) bool {
	if !foldIn(toks[i].low, "supports", "opposes", "favors", "favours") || i == 0 || i+1 >= len(toks) {
		return false
	}
	if foldIn(toks[i-1].low, "which", "who", "that") || stanceBlockEN(toks[i-1].low) {
		return false
	}
	return gerundEN(&toks[i+1])
}

// gerundEN reports whether t is a lower-case word in -ing that can be a
// gerund: not "nothing", "anything", "something", "everything".
func gerundEN(t *token) bool {
	w := t.low
	return len(w) > 5 && !t.is(tCap) && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
}
