package extract

// "Asked whether he was worried that Tom Bell, who has called the plan a
// hoax, could win, Lee demurred.": the lexicon's verb ("called") belongs
// to a relative clause and names no speaker, and the verb of the main
// clause is one the lexicon leaves out. In a unit with verbs of the
// lexicon such a verb is asked after them, when it only reports a
// statement and its tone; verbs that also name an act, a sound or a
// thing ("applauded", "emailed", "whispered", "snapped", "hails from",
// "is credited", "admitted to hospital", "dismisses the case", "the
// stresses of") are left to units without a lexicon verb (extraAttrib).

// extraAfterLexiconEN returns verbs with, after them, the unit's verbs of
// saying by afterLexiconSpeechEN or afterLexiconFormEN outside double
// quotation marks.
func (d *docState) extraAfterLexiconEN(toks []token, text string, verbs []int) []int {
	out := verbs[:len(verbs):len(verbs)]
	quoted := false
	for i := range toks {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if !quoted && i > 0 && !t.is(tCap) && (afterLexiconSpeechEN(t.low) || afterLexiconFormEN(toks, i)) {
			out = append(out, i)
		}
	}
	return out
}

// afterLexiconSpeechEN reports whether w is a verb of extraSpeechEN that
// reports nothing but a statement and its tone (a foldSet lookup).
func afterLexiconSpeechEN(w string) bool {
	return len(w) >= 5 && afterLexiconVerbsEN.has(w)
}

// afterLexiconVerbsEN are the words of afterLexiconSpeechEN.
var afterLexiconVerbsEN = newFoldSet("quipped", "quips", "joked", "exclaimed", "exclaims", "proclaimed", "proclaims",
	"confided", "blasted", "blasts", "derided", "derides", "mocked", "ridiculed", "lambasted", "scoffed", "touted",
	"touts", "bragged", "brags", "deadpanned", "mused", "muses", "fumed", "fumes", "gushed", "chided", "scolded",
	"griped", "grumbled", "demurred")

// afterLexiconFormEN reports whether token i is a verb of saying by its
// construction that also stands after a lexicon verb: "went on to say"
// (wentOnSayEN), "opened up about" (particleSpeechEN), "cited … as"
// (citedStanceEN).
func afterLexiconFormEN(toks []token, i int) bool {
	return wentOnSayEN(toks, i) || particleSpeechEN(toks, i) || citedStanceEN(toks, i)
}
