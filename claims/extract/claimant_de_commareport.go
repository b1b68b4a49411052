package extract

import "strings"

// "Die Mieten sollen sinken, verspricht der Senat.", "…, versprach das
// Ministerium.": a verb of reporting that needs no preposition or particle
// (reportVerbsDE: "versprach", "verglich") right after a comma, with its
// subject after it, closes the sentence as "…, sagte der Senat" does; the
// subject is the claimant, a body as a person. So does a separable verb
// whose particle ends the sentence after its subject ("…, rechnete die
// Verwaltung vor.", "…, merkte der Verband an.").

// commaReportDE returns the subject after the verb of reporting v when v
// follows a comma, needs nothing after it (no preposition, no particle,
// no verb of position) or only its particle at the sentence's end
// (particleClosesDE), and its subject closes the sentence
// (subjectClosesDE), "" else.
func (d *docState) commaReportDE(toks []token, text string, v int, lex lexicon) string {
	r := reportVerbsDE[toks[v].low]
	if v < 2 || toks[v-1].p != ',' || r.sentence || positionReportDE(toks[v].low) || !subjectMayFollowDE(toks, v, r) {
		return ""
	}
	if r.prep != "" || r.particle != "" {
		if !particleClosesDE(toks, v, r) {
			return ""
		}
		toks = append(toks[:len(toks)-2:len(toks)-2], toks[len(toks)-1]) // "…, rechnete die Verwaltung vor." read without "vor"
	}
	if !subjectClosesDE(toks, v+1) {
		return ""
	}
	return d.invertedSubjectDE(toks, text, v, lex)
}

// particleClosesDE reports whether the unit ends with a particle of the
// verb of reporting v (reportVerbsDE) and the full stop, with two tokens
// or more between them of which one only is capitalised, a body by its
// noun: "…, rechnete die Verwaltung vor.", "…, merkte der Verband an.".
func particleClosesDE(toks []token, v int, r reportVerb) bool {
	n := len(toks)
	if n-2 <= v+1 || !toks[n-1].is(tPunct) || !lowerWord(&toks[n-2]) || capWords(toks[v+1:n-2]) != 1 {
		return false // a name of more words is left to the rules of names ("gab die Stiftung X Y bekannt")
	}
	for p := range strings.FieldsSeq(r.particle) {
		if toks[n-2].low == p {
			return true
		}
	}
	return false
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

// capWords counts the capitalised words of toks.
func capWords(toks []token) int {
	n := 0
	for i := range toks {
		if capWord(&toks[i]) {
			n++
		}
	}
	return n
}
