package extract

// Two English forms name a speaker without a verb of saying of their own:
// a subject who issues a document that says something ("Ann Lee issued a
// statement saying …", "The ministry released a statement that …") and
// "as X put it" ("As Tom Bell, a professor at Harbor University, put it,
// …").

// issueVerbsEN are the verbs by which a speaker issues a document.
var issueVerbsEN = map[string]bool{
	"issued": true, "issues": true, "released": true, "releases": true, "published": true, "sent": true,
}

// statementSayingEN returns the subject of an issuing verb whose object, a
// document noun (documentNounEN) after an article and perhaps adjectives,
// is followed by "saying" or "that" (documentClauseEN); "" otherwise.
func (d *docState) statementSayingEN(toks []token, text string, lex lexicon) string {
	for v := 1; v+3 < len(toks); v++ {
		if !issueVerbsEN[toks[v].low] {
			continue
		}
		n := v + 1
		if toks[n].cat&cDet == 0 {
			continue
		}
		n++
		for n < len(toks) && n-v <= 4 && !documentNounEN(toks[n].low) && lowerWord(&toks[n]) {
			n++ // "a brief written statement"
		}
		if n+1 >= len(toks) || !documentNounEN(toks[n].low) || !documentClauseEN(toks, n) {
			continue
		}
		return d.subjectBefore(toks, text, parenBefore(toks, v), false, lex, false) // "The Department of Defense (DOD) released …"
	}
	return ""
}

// asPutItEN returns the name after "As" that opens the unit when "put it"
// or "puts it" follows it in the same stretch before a comma or after an
// apposition ("As Tom Bell, a professor at Harbor University, put it, …");
// "" otherwise.
func (d *docState) asPutItEN(toks []token, text string, lex lexicon) string {
	if len(toks) < 5 || toks[0].low != "as" || !capWord(&toks[1]) {
		return ""
	}
	for k := 2; k+1 < len(toks) && k < 20; k++ {
		if (toks[k].low == "put" || toks[k].low == "puts") && toks[k+1].low == "it" {
			return d.nameAt(toks, text, 1, false, lex, false, true)
		}
		if toks[k].is(tQuote) {
			return ""
		}
	}
	return ""
}
