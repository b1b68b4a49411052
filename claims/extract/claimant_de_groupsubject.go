package extract

// A plural noun of a group of people ("Medien", "Behörden", "Kritiker":
// groupNounsDE) is no name, so the name readers skip it; as the subject
// that opens the Mittelfeld of a plural verb ("Im Mai hatten Medien
// berichtet, …", "Zuvor hatten die Behörden gewarnt, …") it is the
// speaker, as the group rules read it before the verb.

// groupSubjectDE returns the group noun at n with the adjectives before it
// from s, without an article ("die örtlichen Medien" → "örtlichen
// Medien", which nominativePluralDE puts in the nominative).
func groupSubjectDE(toks []token, text string, s, n int) string {
	if toks[s].cat&cDet != 0 {
		s++
	}
	return text[toks[s].s:toks[n].e]
}
