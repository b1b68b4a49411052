package extract

// "A spokesman for the health ministry said …": a body noun after "the"
// that follows a preposition is the object of that preposition, not the
// subject of the verb of saying; the person before the preposition
// speaks, and the body last quoted is not meant.

// bodyObjectEN reports whether the article "the" at token k follows a
// preposition that attaches it to a noun before it ("a spokesman for the",
// "the head of the").
func bodyObjectEN(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	switch toks[k-1].low {
	case "for", "of", "at", "from", "with", "to", "in", "by":
		return true
	}
	return false
}
