package extract

// "…, as officials said in March": "as" opening a clause after a comma
// introduces the clause of the verb of saying; it is no part of the group
// that speaks.

// asClauseLeadEN reports whether toks[j] is "as" opening a clause: the
// unit's first word or right after a comma.
func asClauseLeadEN(toks []token, j int) bool {
	return toks[j].low == "as" && (j == 0 || toks[j-1].p == ',')
}
