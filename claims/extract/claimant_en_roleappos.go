package extract

// "Her challenger, state senator Ann Lee, said …", "The rival, the former
// mayor Tom Bell, said …": an apposition between commas before the verb
// of saying that gives a lower-case role before the full name; the name
// ends the subject, as in "Her challenger, Ann Lee, said".

// roleAppositionEndEN returns the end of the name in an apposition that
// closes with the comma before the English verb of saying v: an optional
// article, one to maxRoleWords lower-case words with a role noun among
// them, and two or more capitalised words reaching the comma; v when the
// apposition has no such form.
func roleAppositionEndEN(toks []token, v int) int {
	end := v - 1 // the comma before v
	if end < 4 || toks[end].p != ',' {
		return v
	}
	n := capRunStart(toks, end)
	if end-n < 2 || !capSegment(toks, n, end) {
		return v
	}
	r, role := n, false
	for r > 0 && n-r < maxRoleWords && lowerWord(&toks[r-1]) && toks[r-1].cat&cDet == 0 {
		r--
		role = role || roleNounEN(&toks[r])
	}
	if r > 0 && toks[r-1].cat&cDet != 0 {
		r-- // "the former mayor Tom Bell"
	}
	if !role || r < 2 || toks[r-1].p != ',' {
		return v
	}
	return end
}
