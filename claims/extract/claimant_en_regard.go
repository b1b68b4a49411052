package extract

// Verbs of regarding, describing and judging with a predicative "as"
// ("Lee sees the deal as a mistake", "Tom Bell views the cuts as
// necessary", "Lee dismissed the report as gossip", "Lee branded the
// plan as a giveaway") state the subject's judgement of the object: a
// position the subject takes, like "calls it a mistake". Only a person
// the text knows by a full name counts, so that "The map shows the town
// as …" names nobody.

// regardSpeakerEN returns the known person whose name opens the unit
// right before a verb of regarding that an "as" follows within ten
// words; "" otherwise.
func (d *docState) regardSpeakerEN(toks []token, text string, lex lexicon) string {
	v := -1
	for k := 1; k < len(toks) && k <= 4; k++ {
		if regardVerbEN(toks[k].low) {
			v = k
			break
		}
		if !capWord(&toks[k]) {
			return ""
		}
	}
	if v < 0 || !capWord(&toks[0]) || !asAfterEN(toks, v) {
		return ""
	}
	who := d.nameAt(toks, text, 0, false, lex, false, false)
	if !d.known(who) || !d.personLikeEN(who) {
		return ""
	}
	return who
}

// regardVerbEN reports whether w is a finite form of an English verb of
// regarding, describing or judging that takes an object and a predicative "as".
func regardVerbEN(w string) bool {
	return foldIn(w, "sees", "saw", "views", "viewed", "regards", "regarded", "describes", "described", "characterizes", "characterized", "portrays", "portrayed", "dismisses", "dismissed", "considers", "considered", "brands", "branded", "labels", "labeled", "labelled", "denounces", "denounced", "slams", "slammed", "hails", "hailed", "praises", "praised", "criticizes", "criticized", "condemns", "condemned")
}

// asAfterEN reports whether "as" follows token v within ten words and
// before a comma.
func asAfterEN(toks []token, v int) bool {
	for k := v + 2; k < len(toks) && k <= v+10 && toks[k].p != ','; k++ {
		if toks[k].low == "as" {
			return true
		}
	}
	return false
}
