package extract

// "Die Mieten sollen sinken, verspricht der Senat.", "…, bekräftigte das
// Ministerium.": a verb of reporting that needs no preposition or particle
// (reportVerbsDE: "versprach", "bekräftigt") right after a comma, with its
// subject after it, closes the sentence as "…, sagte der Senat" does; the
// subject is the claimant, a body as a person.

// commaReportDE returns the subject after the verb of reporting v when v
// follows a comma and needs nothing after it (no preposition, no particle,
// no verb of position), "" else.
func (d *docState) commaReportDE(toks []token, text string, v int, lex lexicon) string {
	r := reportVerbsDE[toks[v].low]
	if v < 2 || toks[v-1].p != ',' || r.prep != "" || r.particle != "" || r.sentence || positionReportDE(toks[v].low) || !subjectMayFollowDE(toks, v, r) {
		return ""
	}
	return d.invertedSubjectDE(toks, text, v, lex)
}
