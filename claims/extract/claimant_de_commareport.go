package extract

// "Die Mieten sollen sinken, verspricht der Senat.", "…, bekräftigte das
// Ministerium.": a verb of reporting that needs no preposition or particle
// (reportVerbsDE: "versprach", "bekräftigt") right after a comma, with its
// subject after it, closes the sentence as "…, sagte der Senat" does; the
// subject is the claimant, a body as a person.

// commaReportDE returns the subject after the verb of reporting v when v
// follows a comma, needs nothing after it (no preposition, no particle,
// no verb of position) and its subject closes the sentence
// (subjectClosesDE), "" else.
func (d *docState) commaReportDE(toks []token, text string, v int, lex lexicon) string {
	r := reportVerbsDE[toks[v].low]
	if v < 2 || toks[v-1].p != ',' || r.prep != "" || r.particle != "" || r.sentence || positionReportDE(toks[v].low) || !subjectMayFollowDE(toks, v, r) || !subjectClosesDE(toks, v+1) {
		return ""
	}
	return d.invertedSubjectDE(toks, text, v, lex)
}

// subjectClosesDE reports whether toks[k:] holds only a noun phrase and
// the full stop: articles, capitalised words and lower-case declined
// adjectives, no adverb ("der Senat.", "das zuständige Ministerium."). After an
// apposition's comma the verb has an object and more ("Anna Roth, die
// Ministerin, erwog unterdessen die Unterbrechung …"): no subject closes.
func subjectClosesDE(toks []token, k int) bool {
	if k >= len(toks)-1 || !toks[len(toks)-1].is(tPunct) {
		return false
	}
	for ; k < len(toks)-1; k++ {
		if t := &toks[k]; t.is(tPunct) || lowerWord(t) && t.cat&cDet == 0 && (!adjectiveDE(t.low) || adverbsOpenDE[t.low] || adverbDE[t.low]) {
			return false // "erwog unterdessen …": an adverb, an object follows
		}
	}
	return true
}
