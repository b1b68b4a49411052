package extract

// "Ann Lee and Tom Bell, spokespersons for the port, rejected the
// claims", "Ann Lee and Tom Bell, who were both appointed by the council,
// insisted …": an apposition or a relative clause set off by commas
// between a coordinated subject and its verb of saying belongs to the
// subject, which ends at the first of the two commas.

// asideStartEN returns the index of the comma that opens an aside ending
// with the comma right before token e: an apposition or relative clause
// of at most maxAside tokens that opens with a lower-case word (not "and"
// or "but") and holds no other comma; -1 otherwise.
func asideStartEN(toks []token, e int) int {
	if e < 4 || toks[e-1].p != ',' {
		return -1
	}
	for c := e - 2; c > 0 && e-c <= maxAside; c-- {
		if toks[c].p == ',' {
			if c+1 >= e-1 || !lowerWord(&toks[c+1]) || foldIn(toks[c+1].low, "and", "but", "or") {
				return -1
			}
			return c
		}
		if toks[c].is(tPunct) && toks[c].p != '.' && toks[c].p != '-' {
			return -1
		}
	}
	return -1
}

// maxAside is the most tokens between the commas of an aside.
const maxAside = 14
