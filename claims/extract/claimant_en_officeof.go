package extract

// An English office written with "of" before a name ("Chief of Staff Ann
// Lee", "Secretary of State Tom Reyes", "Supervisor of Elections Kim
// Osei") leaves three capitalised words or more after "of": the office's
// last word and the person's name. A body's name ("Office for National
// Statistics", "Department of Homeland Security") leaves two at most.

// officeOfNameEN reports whether the capitalised run toks[k:e] after "of"
// or "for" is the end of an office and a name of two words or more: three
// words or more, the last two a name (no role or function word).
func officeOfNameEN(toks []token, k, e int) bool {
	if e-k < 3 {
		return false
	}
	for i := k + 1; i < e; i++ {
		if toks[i].cat&(cRole|cNotName|cStopEN) != 0 || titleWordEN(toks[i].low) {
			return false
		}
	}
	return true
}
