package extract

// A capitalised run followed by a lower-case role and a name ("Harbor Air
// chief executive Ann Lee", "Norland Bank analyst Tom Bell") names the
// body the person works for: the sentence narrates about the person, so a
// later "he" or "she" refers to the name after the role, not to the body.

// maxRoleWords is the most lower-case role words between the body and the
// name ("chief executive officer").
const maxRoleWords = 3

// bodyBeforeRoleEN reports whether the capitalised run that opens at token
// k is followed by one to maxRoleWords lower-case words, one of them a role
// noun ("chief executive"), and then a capitalised word.
func bodyBeforeRoleEN(toks []token, k int) bool {
	j := k
	for j < len(toks) && capWord(&toks[j]) {
		j++
	}
	r, role := j, false
	for r < len(toks) && r-j < maxRoleWords && lowerWord(&toks[r]) {
		role = role || roleNounEN(&toks[r])
		r++
	}
	return role && r < len(toks) && capWord(&toks[r])
}
