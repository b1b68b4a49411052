package extract

// An academic title written as an abbreviation may stand between a noun of
// office and the name after a verb of saying: "…“, sagte die
// Studienleiterin Prof. Miriam Oelschläger", "sagte der Chefarzt Dr. Jan
// Roth". The title's full stop keeps the name from following the noun
// directly; the name after it is the speaker.

// academicTitlesDE are the German academic titles written as abbreviations
// (closed class).
var academicTitlesDE = map[string]bool{"prof": true, "dr": true, "dipl": true, "priv": true, "doz": true}

// skipAcademicDE returns the token after up to two academic titles with
// their full stops that open toks[n:] ("Prof. Dr."), else n.
func skipAcademicDE(toks []token, n int) int {
	for k := 0; k < 2 && n+2 < len(toks) && academicTitlesDE[toks[n].low] && toks[n+1].p == '.'; k++ {
		n += 2
	}
	return n
}

// academicStopDE reports whether token e is the full stop of an academic
// title ("Dr.", "Prof."), which ends no clause: "…, rechnete
// Geschäftsführerin Dr. Eva Roth vor" reaches its particle past it.
func academicStopDE(toks []token, e int) bool {
	return e > 0 && toks[e].p == '.' && academicTitlesDE[toks[e-1].low] && e+1 < len(toks) && capWord(&toks[e+1])
}
