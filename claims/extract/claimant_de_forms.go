package extract

// The German rules of the claimant_de_* files, in the order claimant
// tries them: first for a verb of saying v (verbSubjectDE), then, when no
// verb named a speaker, for the other forms of attribution
// (sourceFormsDE).

// verbSubjectDE returns the speaker of the verb of saying v from the forms
// of the German clause the older rules do not read: the perfect
// (perfectSubjectDE), two joined subjects (coordinatedVorfeldDE), a person
// with their body (affiliatedSubjectDE), and, unless the Vorfeld is the
// subject (front), the subject after a fronted phrase
// (frontedPhraseSubjectDE).
func (d *docState) verbSubjectDE(toks []token, text string, v int, front bool, lex lexicon) string {
	who := ""
	if !front {
		who = d.perfectSubjectDE(toks, text, v, lex) // "…“, hatte Jan Roth gesagt"
	}
	if who == "" {
		who = d.coordinatedVorfeldDE(toks, text, v, lex) // "IWF und EZB verlangen …"
	}
	if who == "" {
		who = d.affiliatedSubjectDE(toks, text, v, lex) // "Jan Roth vom Arbeitskreis Klima forderte …"
	}
	if who == "" && !front {
		who = d.frontedPhraseSubjectDE(toks, text, v, lex) // "Als Beispiel nannte die NASA …"
	}
	return who
}

// sourceFormsDE returns the source of a German unit whose verbs of saying
// named no speaker, from the other forms of attribution: "so" after a
// comma (soSourceDE), reflexive verbs of position (reflexiveSpeakerDE),
// verbs of reporting beyond the lexicon's (reportSpeakerDE), also with
// their preposition fronted (frontedPrepSpeakerDE) or with a body named
// with its remit (forBodyFirstDE), "nach eigenen Angaben" (ownAccountDE),
// "nach Nordkurier-Informationen" (infoCompoundDE), the perfect of the
// separable verbs of reporting (perfectReportDE), "nach" or
// "aus" and a noun of communication (nachSourceDE), "heißt es" with its
// source (heisstEsSourceDE), also in a "wie es … heißt" clause
// (wieEsHeisstDE), "lautet" (lautetSourceDE), an unnamed group
// of experts or critics with a verb of opinion (groupSourceDE).
func (d *docState) sourceFormsDE(toks []token, text string, lex lexicon) string {
	for _, rule := range sourceFormRulesDE {
		if who := rule(d, toks, text, lex); who != "" {
			return who
		}
	}
	return ""
}

// sourceFormRulesDE are the rules of sourceFormsDE, tried in order (method
// expressions: no method value is made per unit).
var sourceFormRulesDE = [...]func(*docState, []token, string, lexicon) string{
	(*docState).soSourceDE, (*docState).reflexiveSpeakerDE, (*docState).reportSpeakerDE, (*docState).frontedPrepSpeakerDE, (*docState).forBodyFirstDE, (*docState).ownAccountDE, (*docState).infoCompoundDE, (*docState).perfectReportDE, (*docState).nachSourceDE, (*docState).heisstEsSourceDE, (*docState).wieEsHeisstDE, (*docState).lautetSourceDE, (*docState).groupSourceDE,
}
