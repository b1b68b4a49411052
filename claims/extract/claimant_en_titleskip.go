package extract

// titlesSkipEN returns the first token after the titles and roles that
// open the capitalised words from s to e ("Professor Ann Lee", "Dr. Ann
// Lee": "Ann"), with the full stop of an abbreviated title; s when none
// opens them. At least the word at e is kept.
func titlesSkipEN(toks []token, s, e int) int {
	for s < e && capWord(&toks[s]) && (titleWordEN(toks[s].low) || toks[s].cat&cRole != 0) {
		s++
		if s < e && toks[s].p == '.' {
			s++
		}
	}
	return s
}
