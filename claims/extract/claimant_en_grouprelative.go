package extract

// "The town council, which had opposed the plans, said …", "Local
// officials, who asked not to be named, said …": a non-restrictive
// relative clause between commas after a lower-case group or body and
// before the verb of saying. The group is the subject; the clause only
// describes it.

// groupRelativeEndEN returns the end of the subject when the comma before
// token e closes a relative clause that opens with "which" or "who" right
// after a comma that follows a lower-case word (the group's head); e when
// there is none.
func groupRelativeEndEN(toks []token, e int) int {
	if e < 5 || toks[e-1].p != ',' {
		return e
	}
	for c := e - 2; c >= 1 && e-c <= 25; c-- {
		if toks[c].p != ',' {
			continue
		}
		if (toks[c+1].low == "which" || toks[c+1].low == "who") && lowerWord(&toks[c-1]) {
			return c
		}
		return e
	}
	return e
}
