package extract

import "slices"

// "Clinton put Sanders on the defensive, but Sanders got in numerous
// digs. He accused Clinton of …": a pronoun and a name in its own clause
// after it cannot name the same person (a name is free in its clause),
// so "he" is not Clinton even when Clinton is the person the previous
// unit named first. The pronoun then refers to another person the
// previous unit named, if one fits; else the unit names no claimant.

// disjointPronounEN returns who, the person the pronoun at p resolved to,
// unless the unit names who again after the pronoun in the same clause
// (namedAfterPronounEN); then the first other person the previous unit
// named whose gender fits g and whom the unit does not name after the
// pronoun either, else "".
func (d *docState) disjointPronounEN(toks []token, text string, p int, g byte, who string) string {
	if who == "" || !d.namedAfterPronounEN(toks, text, p, who) && !d.namedInOwnQuoteEN(toks, text, p, who) {
		return who
	}
	for _, o := range d.prevPeopleEN {
		if o == who || !d.personLikeEN(o) || d.namedAfterPronounEN(toks, text, p, o) || d.namedInOwnQuoteEN(toks, text, p, o) {
			continue
		}
		if og := d.genderOf(o); og == 0 || og == g {
			return o
		}
	}
	return ""
}

// namedAfterPronounEN reports whether a capitalised word after the
// pronoun at p, outside quotation marks and before a dash, semicolon,
// colon, parenthesis or a conjunction that opens another clause
// (clauseJoinEN: "He admits …, but Lee thinks …") closes the clause, names the person who (by a key
// of the text's people, also in the possessive).
func (d *docState) namedAfterPronounEN(toks []token, text string, p int, who string) bool {
	quoted := false
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.is(tQuote) {
			quoted = !quoted
			continue
		}
		if k <= p || quoted {
			continue
		}
		if t.is(tPunct) && (t.p == ';' || t.p == ':' || t.p == '(' || dashToken(t, text)) || clauseJoinEN(t.low) {
			return false
		}
		if !capWord(t) {
			continue
		}
		if i, ok := d.byKey[possessiveStemEN(text[t.s:t.e])]; ok && d.people[i].name == who {
			return true
		}
	}
	return false
}

// notePeopleEN keeps the people the English unit names outside quotation
// marks, by a key the text knows, in order and once each, and moves those
// of the unit before to prevPeopleEN (the buffers are swapped and reused).
func (d *docState) notePeopleEN(toks []token, text string) {
	d.prevPeopleEN, d.peopleEN = d.peopleEN, d.prevPeopleEN[:0]
	quoted := false
	for k := range toks {
		t := &toks[k]
		if t.is(tQuote) {
			quoted = !quoted
			continue
		}
		if quoted || !capWord(t) {
			continue
		}
		i, ok := d.byKey[possessiveStemEN(text[t.s:t.e])]
		if !ok || slices.Contains(d.peopleEN, d.people[i].name) {
			continue
		}
		d.peopleEN = append(d.peopleEN, d.people[i].name)
	}
}

// clauseJoinEN reports whether w joins a clause with a subject of its own
// to the one before: "but", "yet", "while", "whereas", "although",
// "though".
func clauseJoinEN(w string) bool {
	return foldIn(w, "but", "yet", "while", "whereas", "although", "though")
}

// namedInOwnQuoteEN reports whether the pronoun at p speaks the quotation
// that opens the unit ("“…,” she said") and a capitalised word inside that
// quotation names the person who: a speaker names others, not herself, in
// the third person ("“Secretary Clinton cannot be held responsible,” she
// said" is not Clinton's).
func (d *docState) namedInOwnQuoteEN(toks []token, text string, p int, who string) bool {
	if p < 2 || !toks[p-1].is(tQuote) || !toks[0].is(tQuote) {
		return false
	}
	for k := 1; k < p-1; k++ {
		t := &toks[k]
		if t.is(tQuote) {
			return false // the quotation closed before: another one follows
		}
		if !capWord(t) {
			continue
		}
		if i, ok := d.byKey[possessiveStemEN(text[t.s:t.e])]; ok && d.people[i].name == who {
			return true
		}
	}
	return false
}
