package extract

// "hält … für" takes a position ("Der Senator hält die Kritik für
// unbegründet", "Die Ärzte halten das für verfrüht"). positionSpeakerDE
// reads it for a person the text knows; rolePositionDE adds an office, a
// group or a body that opens the sentence as its subject (speakerByFormDE:
// not "Der Plan hält … für").

// rolePositionDE returns the office, group or body that opens the unit as
// the subject of the first "hält/hielt/halten/hielten … für" outside
// quotation marks, "" if none.
func (d *docState) rolePositionDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsHold) {
		return "" // no form of "halten" in the unit
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		switch toks[v].low {
		case "hält", "hielt", "halten", "hielten":
		default:
			return ""
		}
		if !forInClauseDE(toks, v) {
			return ""
		}
		who := bodyFirstDE(toks, text, v)
		if who == "" || !speakerByFormDE(who, lex) && !bodyHeadFirstDE(who) {
			return ""
		}
		return who
	})
}

// forInClauseDE reports whether "für" follows the verb v in its clause.
func forInClauseDE(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && !clauseBreak(&toks[k]) && !toks[k].is(tPunct); k++ {
		if toks[k].low == "für" {
			return true
		}
	}
	return false
}
