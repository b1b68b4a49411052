package extract

// English verbs of saying in their base form after an auxiliary of
// emphasis, negation or mood ("Ann Lee did tell reporters …", "Tom Bell
// would not say whether …", "She does say that …"): the lexicon lists
// only the inflected forms ("said", "tells"), so such a unit had no verb
// of saying and no speaker. The subject stands before the auxiliary.

// doAuxEN reports whether w is a form of "do" that carries a base form
// of a verb: emphasis ("did say") or negation ("didn't say").
func doAuxEN(w string) bool {
	return foldIn(w, "did", "does", "do", "didn't", "doesn't", "don't", "didn’t", "doesn’t", "don’t")
}

// auxSpeechStartEN returns the auxiliary that governs the English base
// form of a verb of saying at v (assertionBaseEN) ("did tell", "did not say", "does also
// say"), or -1 when v is no such verb.
func auxSpeechStartEN(toks []token, v int) int {
	if v == 0 || toks[v].is(tCap) || !assertionBaseEN(toks[v].low) {
		return -1
	}
	k := v - 1
	for k > 0 && v-k < 3 && (toks[k].low == "not" || adverbEN[toks[k].low]) {
		k--
	}
	if !toks[k].is(tPunct) && doAuxEN(toks[k].low) {
		return k
	}
	return -1
}

// auxSpeechVerbsEN returns verbs, the unit's verbs of saying, or when it
// has none the base forms of verbs of saying governed by an auxiliary
// (auxSpeechStartEN) outside double quotation marks, in the docState's
// reused buffer.
func (d *docState) auxSpeechVerbsEN(toks []token, text string, verbs []int) []int {
	if len(verbs) > 0 {
		return verbs
	}
	d.verbBuf = d.verbBuf[:0]
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if !quoted && auxSpeechStartEN(toks, i) >= 0 {
			d.verbBuf = append(d.verbBuf, i)
		}
	}
	return d.verbBuf
}
