package extract

// A verb of saying whose object is an indirect question ("Die Ärztin
// erklärt, wie das geht", "Hier erzählt sie, warum sie reiste") names the
// topic of what follows, not a statement: the unit has no claimant, but
// its speaker is the one of the quotations and reported speech that
// follow, like an English "spoke at the rally".

// topicClauseDE reports whether the German verb of saying v, perhaps with
// its subject after it ("erklärt sie"), is followed by a comma and a
// question word that opens an indirect question.
func topicClauseDE(toks []token, v int) bool {
	k := v + 1
	if k < len(toks) && (toks[k].low == "er" || toks[k].low == "sie") {
		k++
	}
	if k+1 >= len(toks) || toks[k].p != ',' {
		return false
	}
	switch toks[k+1].low {
	case "warum", "weshalb", "wieso", "weswegen", "wie", "was", "wann", "wo", "woher", "wohin", "ob",
		"welche", "welcher", "welches", "welchen", "welchem":
		return true
	}
	return false
}
