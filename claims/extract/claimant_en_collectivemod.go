package extract

// "Some board members argue …", "Several council members say …": a
// collective noun ("board", "council") that stands before a plural noun
// modifies it; the plural noun heads the group, not the collective noun.

// collectiveModifierEN reports whether the group head found at toks[head]
// is a collective noun in the singular modifying the plural noun right
// after it (toks[head+1], a group noun), so that the head moves on.
func collectiveModifierEN(toks []token, head int) bool {
	if head+1 >= len(toks) || !collectiveEN[toks[head].low] || toks[head].low == "police" || toks[head].low == "staff" {
		return false
	}
	n := &toks[head+1]
	return !collectiveEN[n.low] && groupNounEN(n, false)
}

// insertedExampleEN reports whether the phrase opening at toks[s] gives
// examples of a subject named before it ("Many tenants, including union
// members, fear …"): it is set off by a comma and opens with "including",
// "like", "especially", "notably" or "such as", and is no subject itself.
func insertedExampleEN(toks []token, s int) bool {
	if s == 0 || toks[s-1].p != ',' {
		return false
	}
	w := toks[s].low
	return foldIn(w, "including", "like", "especially", "notably") || w == "such" && s+1 < len(toks) && toks[s+1].low == "as"
}
