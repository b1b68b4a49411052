package extract

// "At Millbrook School in Dunfield, Ann Lee got three A grades.": a
// preposition opening the sentence is written with a capital, so the run
// of capitalised words after it looks like a subject; when that run names
// a body or a place, the unit is about the person named after it
// (firstPersonEN). A person there stays ("At Lee's rally, he said …"
// may be about Lee).

// openingPlaceEN reports whether the run of capitalised words holding
// token k opens the sentence after a capitalised preposition ("At", "In",
// "On", "From", …).
func openingPlaceEN(toks []token, k int) bool {
	for k > 0 && capWord(&toks[k-1]) {
		k--
		if k == 0 || startsClause(toks, k) {
			return prepositionEN(toks[k].low)
		}
	}
	return false
}
