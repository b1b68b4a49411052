package extract

// A verb of saying in "-s" ("claims", "reports", "remarks") is its plural
// noun when "are" or "were" follows it: "Continuing claims are at 1.9
// million" has a subject in the plural, and the third person singular of
// the verb takes "are" after it only in a clause whose object was moved
// before it ("cities that Lee claims are sanctuaries", "pages that the
// group says were withheld"). Without "that", "which", "who", "whom" or
// "what" before it, the word reports no statement.

// pluralBeforeBeEN reports whether the English verb of saying at token v
// ends in "s", "are", "were", "aren't" or "weren't" follows it and no
// relative or "that" stands before it in the unit.
func pluralBeforeBeEN(toks []token, v int) bool {
	if v+1 >= len(toks) || len(toks[v].low) < 2 || toks[v].low[len(toks[v].low)-1] != 's' {
		return false
	}
	for i := 0; i < v; i++ {
		if foldIn(toks[i].low, "that", "which", "who", "whom", "what") {
			return false // "cities that Lee claims are sanctuaries"
		}
	}
	switch toks[v+1].low {
	case "are", "were", "aren't", "weren't", "aren’t", "weren’t":
		return true
	}
	return false
}
