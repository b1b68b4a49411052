package extract

// "ausgehen von" takes a position: "Die Polizei geht von Brandstiftung
// aus", "Die Ermittler gehen davon aus, dass …", "Derzeit geht die
// Feuerwehr von einem Defekt aus". attitudeSpeakerDE reads the singular
// "geht davon aus" of a person the text knows; assumeSpeakerDE adds the
// plural, "von … aus", and a body, a group or an office as the subject. A
// danger or a journey also "geht von … aus" ("Die Gefahr geht von X aus"),
// so the subject must be a speaker by its form.

// assumeSpeakerDE returns the subject of the first "geht/gehen/ging/
// gingen … (da)von … aus" outside quotation marks when it is a person the
// text knows, a body (bodyHeadDE), a group noun (groupNounsDE) or an
// office (cRole, officeWordDE); "" if none.
func (d *docState) assumeSpeakerDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsGo) {
		return "" // no form of "gehen" in the unit
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		plural := toks[v].low == "gehen" || toks[v].low == "gingen"
		if !plural && toks[v].low != "geht" && toks[v].low != "ging" || !assumeFormDE(toks, v) {
			return ""
		}
		who := d.verbSecondSubjectDE(toks, text, v, v+1, lex, plural)
		if who == "" {
			who = bodyFirstDE(toks, text, v) // "Die Ministerin geht …"
		}
		if who == "" || !d.known(who) && !speakerByFormDE(who, lex) && !davonDassDE(toks, v) {
			return ""
		}
		return who
	})
}

// assumeFormDE reports whether the clause of the finite verb v holds
// "davon" or "von" and, later, "aus" at the clause's end ("geht von einem
// Defekt aus.", "gehen davon aus, dass").
func assumeFormDE(toks []token, v int) bool {
	von := false
	for k := v + 1; k < len(toks) && !clauseBreak(&toks[k]); k++ {
		switch toks[k].low {
		case "davon", "von":
			von = true
		case "aus":
			return von && (k+1 == len(toks) || toks[k+1].is(tPunct))
		}
		if toks[k].is(tPunct) {
			return false
		}
	}
	return false
}

// speakerByFormDE reports whether the last word of the German name who is
// the head of a body, a group noun or an office: a subject that can hold a
// view.
func speakerByFormDE(who string, lex lexicon) bool {
	w := lastWord(who)
	if bodyHeadDE(w) != "" || lowerIn(groupNounsDE, w) {
		return true
	}
	return lowerIn(lex, w)&cRole != 0 || officeWordDE(w)
}
