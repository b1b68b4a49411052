package extract

// "Das gab die Geschäftsführung am Freitag bekannt." A demonstrative that
// opens the sentence is the object of a separable verb of reporting, as
// of "Das teilte die Stadt mit": its subject follows the verb.

// demonstrativeReportDE returns the subject after a separable verb of
// reportVerbsDE at v that follows a single demonstrative opening the unit
// ("Das gab X bekannt", "Dies stellte X klar"); "" otherwise.
func (d *docState) demonstrativeReportDE(toks []token, text string, v int, lex lexicon) string {
	r := reportVerbsDE[toks[v].low]
	if r.particle == "" || !demonstrativeStartDE(toks, v) || !subjectMayFollowDE(toks, v, r) {
		return ""
	}
	return d.invertedSubjectDE(toks, text, v, lex)
}
