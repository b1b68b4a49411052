package extract

// Bodies take positions with verbs the lexicon does not count as saying:
// "Die Jury würdigte das Projekt als …", "Das Gericht sah es als erwiesen
// an, dass …", "Die Kasse bezifferte die Kosten auf …", "Die Verteidigung hatte auf Freispruch
// plädiert", "…, befand der Senat". positionSpeakerDE takes such verbs for
// people the text names only; a body that opens the sentence, or that
// follows the verb after a comma, is the claimant here.

// positionBodyVerbDE reports whether the verb form at v takes a position
// when a body is its subject: "bedauern" (regretVerbDE) always, the
// others with what their clause needs: "als" and a closing "an" for "sehen"
// ("ansehen als") or a "kein" ("sieht keinen Grund zur Sorge"), "als" for
// "bewerten" (not in the passive), "auf" for "beziffern" (also before its
// participle; not in the passive), a word saying how for "reagieren"
// (reactionViewDE), "für" or "auf" for "plädieren", no "sich" after
// "befand" ("befand sich": a place), "erwarten" and "prognostizieren" not
// in the passive ("Die Entscheidung war erwartet worden"). "lehnen … ab" is not among them:
// added on 2026-12-05, it cost a unit of the rules' check part.
//
// It scans the clause (clauseEndDE) only for a verb of the list: it is
// asked about every word of a German unit outside quotation marks.
func positionBodyVerbDE(toks []token, v int) bool {
	if regretVerbDE(toks[v].low) {
		return true // "Der Verband bedauerte die Entscheidung"
	}
	switch toks[v].low {
	case "würdigt", "würdigte", "würdigten":
		return true
	case "erwartet", "erwartete", "erwarteten", "prognostiziert", "prognostizierte", "prognostizierten":
		return !passiveBeforeDE(toks, v) && !passiveAfterDE(toks, v) // "Der Wetterdienst erwartet weitere 60 Liter Regen"
	case "befand", "befindet", "befanden":
		return v+1 < len(toks) && toks[v+1].low != "sich"
	case "sieht", "sah", "sahen", "sehen":
		last, has := clauseEndDE(toks, v)
		return last == "an" && has("als") || has("keinen") || has("keine") || has("kein")
	case "bewertet", "bewertete", "bewerteten":
		_, has := clauseEndDE(toks, v)
		return has("als") && !passiveBeforeDE(toks, v) // "Die Agentur bewertete die Anleihe als riskant"
	case "beziffert", "bezifferte", "bezifferten":
		_, has := clauseEndDE(toks, v)
		return (has("auf") || hasBeforeDE(toks, v, "auf")) && !passiveBeforeDE(toks, v) // "bezifferte … auf", "hatte … auf … beziffert"
	case "reagiert", "reagierte", "reagierten", "reagieren":
		return reactionViewDE(toks, v) // "Die Umwelthilfe reagierte mit Unverständnis" (claimant_de_reaction.go)
	case "plädiert", "plädierte", "plädierten":
		_, has := clauseEndDE(toks, v)
		return has("für") || has("auf") || hasBeforeDE(toks, v, "auf") || hasBeforeDE(toks, v, "für")
	}
	return false
}

// clauseEndDE returns the last word of the clause that the verb at v
// opens (up to a comma, colon, quotation mark or the end) and a test for
// a word in it.
func clauseEndDE(toks []token, v int) (string, func(string) bool) {
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && !toks[e].is(tPunct) {
		e++
	}
	has := func(w string) bool {
		for k := v + 1; k < e; k++ {
			if toks[k].low == w {
				return true
			}
		}
		return false
	}
	if e-1 <= v {
		return "", has
	}
	return toks[e-1].low, has
}

// hasBeforeDE reports whether w stands in the clause before the verb at v
// ("hatte auf Freispruch plädiert").
func hasBeforeDE(toks []token, v int, w string) bool {
	for k := v - 1; k >= 0 && !clauseBreak(&toks[k]); k-- {
		if toks[k].low == w {
			return true
		}
	}
	return false
}

// positionBodyDE returns the body that takes a position by a verb of
// positionBodyVerbDE outside quotation marks: the body that opens the
// sentence as its subject (bodyFirstDE), or the noun phrase after the
// verb when a comma stands before it ("…, befand der Senat"); "" if none.
func (d *docState) positionBodyDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsPosBody) {
		return "" // no verb of positionBodyVerbDE in the unit
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !lowerWord(&toks[v]) || !positionBodyVerbDE(toks, v) {
			return ""
		}
		if toks[v-1].p == ',' {
			if !befandDE(toks[v].low) {
				return "" // "…, beziffert den Anstieg": no subject after the verb
			}
			return d.invertedSubjectDE(toks, text, v, lex)
		}
		a := articleFirstDE(toks)
		if a < 0 || !nominativeArticleDE(toks[a].low) {
			return "" // "Demgegenüber plädiert …": an adverb; "Den Anstieg beziffert …": an object
		}
		if body := bodyFirstDE(toks, text, v); body != "" {
			return nominativeDE(toks[a].low, body)
		}
		return linkedBodyFirstDE(toks, text, a, v)
	})
}

// linkedBodyFirstDE returns the body whose name, with a genitive or its
// remit (orgTailDE), fills the words between the article at a and the
// verb at v, in the nominative: "Das Institut der deutschen Wirtschaft
// erwartet", "Das Deutsche Institut für Wirtschaftsforschung erwartet"
// ("Deutsches …"); "" when the words are no such name. bodyFirstDE reads
// the shorter names.
func linkedBodyFirstDE(toks []token, text string, a, v int) string {
	i := a + 1
	for i < v && i-a <= 2 && lowerWord(&toks[i]) && toks[i].cat == 0 && inflectedDE(toks[i].low) {
		i++ // "Das renommierte Institut"
	}
	if i >= v || !capWord(&toks[i]) || toks[i].cat&(cNotName|cRole) != 0 {
		return ""
	}
	c := capRun(toks, text, i, true)
	if e := orgTailDE(toks, text, c); e == c || e != v {
		return "" // no genitive or remit, or more words before the verb
	}
	return nominativeDE(toks[a].low, text[toks[a+1].s:toks[v-1].e])
}

// befandDE reports whether w is a form of "befinden" (to judge).
func befandDE(w string) bool {
	return w == "befand" || w == "befindet" || w == "befanden"
}

// nominativeArticleDE reports whether w is an article that may open a
// subject in the singular or plural ("der", "die", "das", "ein", "eine").
func nominativeArticleDE(w string) bool {
	switch w {
	case "der", "die", "das", "ein", "eine":
		return true
	}
	return false
}

// passiveAfterDE reports whether a passive auxiliary follows the
// participle v ("war erwartet worden", "soll erwartet werden").
func passiveAfterDE(toks []token, v int) bool {
	if v+1 >= len(toks) {
		return false
	}
	switch toks[v+1].low {
	case "worden", "werden", "wird", "wurde":
		return true
	}
	return false
}
