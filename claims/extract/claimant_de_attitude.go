package extract

// Two more German forms of taking a position with a person as subject: a
// state of mind predicated with "sein" ("Roth ist überzeugt, dass …",
// "Der Minister war zuversichtlich") and the assumption "geht davon aus"
// ("Roth geht davon aus, dass …"). Their subject is the claimant when it is
// a person the text knows, as with reportSpeakerDE.

// attitudeSpeakerDE returns the known person who is the subject of the
// first such form outside quotation marks, "" if none.
func (d *docState) attitudeSpeakerDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsAttitude) {
		return "" // no word that attitudeFormDE needs in the unit
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !lowerWord(&toks[v]) || !attitudeFormDE(toks, v) {
			return ""
		}
		if who := d.verbSecondSubjectDE(toks, text, v, v+1, lex, false); d.known(who) {
			return who
		}
		return ""
	})
}

// attitudeFormDE reports whether the finite verb v is "ist"/"war" with an
// adjective of attitude (attitudesDE) among the next three words of its
// clause, or "geht"/"ging" with "davon aus" in its clause.
func attitudeFormDE(toks []token, v int) bool {
	switch toks[v].low {
	case "ist", "war":
		for k := v + 1; k < len(toks) && k <= v+3 && !clauseBreak(&toks[k]) && !toks[k].is(tPunct); k++ {
			if attitudesDE[toks[k].low] {
				return true
			}
		}
	case "geht", "ging":
		davon := false
		for k := v + 1; k < len(toks) && !clauseBreak(&toks[k]) && !toks[k].is(tPunct); k++ {
			switch toks[k].low {
			case "davon":
				davon = true
			case "aus":
				if davon {
					return true
				}
			}
		}
	}
	return false
}
