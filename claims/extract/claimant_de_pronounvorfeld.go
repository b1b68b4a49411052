package extract

// A subject pronoun right before the finite verb, at the start of a
// sentence or of a main clause joined by a coordinating conjunction ("Er
// forderte sie auf, …", "…, doch er forderte sie auf, …"), fills the
// Vorfeld: it is the verb's subject, and a pronoun after the verb is its
// object, not the speaker.

// pronounVorfeldDE reports whether the token before the verb at v is a
// nominative personal pronoun that opens the unit (after an optional
// "auch") or follows a coordinating conjunction.
func pronounVorfeldDE(toks []token, v, start int) bool {
	if v < 1 {
		return false
	}
	switch toks[v-1].low {
	case "er", "sie", "wir", "ich":
	default:
		return false
	}
	p := v - 1
	return p == start || p >= 1 && coordinatorDE(toks[p-1].low)
}

// coordinatorDE reports whether w is a conjunction that joins two main
// clauses without changing their word order.
func coordinatorDE(w string) bool {
	switch w {
	case "und", "aber", "doch", "sondern", "denn", "oder":
		return true
	}
	return false
}
