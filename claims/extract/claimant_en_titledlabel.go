package extract

// A transcript of a briefing, a hearing or a speech labels a turn with a
// courtesy title or an office before the speaker's surname, in capitals
// ("MS. WHITFIELD: That's not accurate.", "GOVERNOR MARSH: Thank you.",
// "SENATOR ANN LEE: We voted no."). The title shows the capitals a
// person's label, as a role of broadcasting does (turnLabelEN), so such a
// label is read as a turn and shows the text a transcript. A speech or a
// briefing sets a long turn in several paragraphs, the audience's
// "(Applause.)" among them: such a turn goes on up to the next paragraph
// that opens with a label, a reporter's "Q" among them.

// labelOpensEN reports whether the unit opens with a label: a reporter's
// "Q" before a space, a colon or a stop ("Q   Thank you."), or words in
// capitals, perhaps with a stop ("MS.", "U.S."), before a colon.
func labelOpensEN(toks []token, text string) bool {
	if len(text) >= 2 && text[0] == 'Q' && (text[1] == ' ' || text[1] == ':' || text[1] == '.' || text[1] == '\t') {
		return true
	}
	k := 0
	for k < len(toks) && k < maxLabelWords+2 && (toks[k].is(tAllCap) && !toks[k].is(tPunct) || toks[k].p == '.') {
		k++
	}
	return k > 0 && k < len(toks) && toks[k].p == ':'
}

// courtesyTitleEN reports whether w, in lower case, is an English
// courtesy title written with a full stop before a surname.
func courtesyTitleEN(w string) bool {
	return w == "mr" || w == "ms" || w == "mrs" || w == "dr"
}

// titledLabelEN returns the speaker a turn label opening the unit names
// when the label is a courtesy title with its full stop or a title of
// office, then one to three words in capitals, a colon and minTurnTokens
// tokens or more up to a full stop, question or exclamation mark: the
// fullest name the text gave for the words after the title, in ordinary
// case; "" when the unit opens with no such label.
func (d *docState) titledLabelEN(toks []token, text string) string {
	if len(toks) < 3 || !toks[0].is(tAllCap) || toks[0].is(tPunct) {
		return ""
	}
	first := 0
	switch {
	case courtesyTitleEN(toks[0].low) && toks[1].p == '.' && toks[1].s == toks[0].e:
		first = 2 // "MS. WHITFIELD:"
	case wordCategory(toks[0].low)&cRole != 0 || titleWordEN(toks[0].low):
		first = 1 // "GOVERNOR MARSH:"
	default:
		return ""
	}
	k := first
	for k < len(toks) && k-first < maxLabelWords-1 && toks[k].is(tAllCap) && !toks[k].is(tPunct) && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k == first || !fullStopTurnEN(toks, k) {
		return ""
	}
	d.turns.on = true
	name := titleCaseEN(text[toks[first].s:toks[k-1].e])
	d.turns.noteLast(name)
	if i, known := d.byKey[name]; known && i < d.before {
		return d.people[i].name
	}
	return d.turns.labelNameEN(name)
}
