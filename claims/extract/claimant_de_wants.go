package extract

import "strings"

// "Die Ministerin Eva Roth will die Gebühr abschaffen": a person who wants
// something takes a position the guide counts ("wants"), as wantsThatDE
// reads it for "will, dass …". Only the singular "will"/"wollte" outside
// quotation marks, and only a person the text knows by a full name of
// known gender or of a person's form (namedPersonDE): bodies ("Die
// Koalition will …"), groups and pronouns were as often narration as
// position on the training articles. "wollte
// sich nicht äußern" declines to comment (negatedDE) and names no one.

// wantsPersonDE returns the person who is the subject of "will"/"wollte":
// named right before it ("Eva Roth will", "Eva Roth (SPD) will") or among
// the words after it ("Erreichen will Roth das mit einem Gesetz",
// "Am Freitag wollte auch Ministerin Eva Roth …"); "" otherwise.
func (d *docState) wantsPersonDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsWill) {
		return "" // no "will", "wollte" (nor "wollen", which this rule does not read)
	}
	quoted := false
	for v := 0; v < len(toks); v++ {
		t := &toks[v]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || t.low != "will" && t.low != "wollte" || !d.personNearDE(toks, text, v) || declinesDE(toks) {
			continue // no look-up either that would register a noun phrase as a name
		}
		if who := d.partySubjectDE(toks, text, v, lex); d.gendered(who) {
			return who // "Eva Roth (SPD) will …"
		}
		if v > 0 {
			k := v - 1
			for k > 0 && v-k < 4 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) && roleOf(&toks[k-1], lex) == "" {
				k--
			}
			if pronoun(&toks[k], false) != 0 {
				return "" // "Sie will …": a pronoun lost more than it gained
			}
			if who := d.nameAt(toks, text, k, true, lex, false, false); d.namedPersonDE(who) && !(k > 0 && nounAfterDE(&toks[k-1])) {
				return who
			}
		}
		for k := v + 1; k < len(toks) && k <= v+4 && !toks[k].is(tPunct); k++ {
			if toks[k].is(tCap) && roleOf(&toks[k], lex) == "" && pronoun(&toks[k], false) == 0 {
				if who := d.nameAt(toks, text, k, true, lex, false, false); d.gendered(who) {
					return who
				}
			}
		}
	}
	return ""
}

// declinesDE reports whether the unit declines to comment ("wollte sich
// nicht äußern", negatedDE): no position, no claimant.
func declinesDE(toks []token) bool {
	for k := range toks {
		if negatedDE(toks, k) {
			return true
		}
	}
	return false
}

// personNearDE reports whether a word of a known person (wordKey) stands
// right before the verb at v, before a parenthesis right before it
// ("Roth (SPD) will"), or among the five words after it.
func (d *docState) personNearDE(toks []token, text string, v int) bool {
	if p := parenBefore(toks, v); p > 0 && d.namedPersonDE(d.wordKey(toks, text, p-1)) {
		return true
	}
	for k := v - 1; k <= v+5; k++ {
		if k != v && d.namedPersonDE(d.wordKey(toks, text, k)) {
			return true
		}
	}
	return false
}

// wordKey returns the person whose name holds the word at k as a key of
// the register of people ("Roth" of "Eva Roth"), or "".
func (d *docState) wordKey(toks []token, text string, k int) string {
	if k < 0 || k >= len(toks) || !toks[k].is(tCap) || toks[k].is(tPunct) {
		return ""
	}
	p, ok := d.lookup(text[toks[k].s:toks[k].e])
	if !ok {
		return ""
	}
	return p.name
}

// gendered reports whether name is a person registered with a full name
// and a known gender: a person, not a noun phrase the register took for
// a name.
func (d *docState) gendered(name string) bool {
	p, ok := d.lookup(name)
	return ok && p.name == name && p.gender != 0
}

// namedPersonDE reports whether name is a person the text registered with
// a known gender (gendered) or by a full name of a person's form
// (fullNameShapeDE: "Sonja Rinne", whose gender the text never showed)
// that is no noun phrase (personLikeDE: not "Rinnes Nachfolger").
func (d *docState) namedPersonDE(name string) bool {
	return d.gendered(name) || d.known(name) && fullNameShapeDE(name) && d.personLikeDE(name)
}

// wantsBodyDE returns the body that opens the unit as the subject of
// "will" or "wollen" right after it, outside quotation marks: a name whose
// last word has a body's head noun ("Die Regierung will …", "Das
// Umweltministerium will …", "Die EU-Kommission will …", bodyHeadDE) or
// an acronym ("Der NDR will …", also in a heading: "EU will …"), in the
// nominative; "" otherwise. Other
// nouns ("Der Täter wollte …", "Die Deggendorfer wollen …") are as often
// narration.
func (d *docState) wantsBodyDE(toks []token, text string) string {
	if d.lacks(toks, wsWill) {
		return "" // neither "will" nor "wollen"
	}
	for v := 1; v < len(toks) && v <= 5; v++ {
		if w := toks[v].low; w != "will" && w != "wollen" {
			continue
		}
		if toks[v].is(tCap) || declinesDE(toks) {
			return ""
		}
		body := bodyFirstDE(toks, text, v)
		if body == "" {
			return ""
		}
		last := body[strings.LastIndexByte(body, ' ')+1:]
		if bodyHeadDE(last) == "" && !acronymWord(last) {
			return ""
		}
		if a := articleFirstDE(toks); a >= 0 {
			return nominativeDE(toks[a].low, body)
		}
		return body
	}
	return ""
}
