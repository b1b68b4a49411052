package extract

// "Others were less hopeful, with Rep. Ann Lee of Harbor City saying
// Saturday that …", "…, with Ann Lee tweeting that it was a disaster":
// "with", a noun phrase and the participle of a verb of saying form an
// absolute phrase whose noun is the participle's subject, so the person
// it names makes the claim the participle introduces.

// withSayingEN returns the full name of the person the text knows whom an
// absolute phrase of the unit names: "with" at the unit's start or after
// a comma, then capitalised words, titles and roles (and "former") up to
// the name, perhaps "of" and a place, perhaps a day, then a participle of
// saying (sayingIngEN, "tweeting", "calling"); "" if there is none.
func (d *docState) withSayingEN(u *claimUnit) string {
	toks, text := u.toks, u.text
	for w := 0; w+2 < len(toks); w++ {
		if toks[w].low != "with" || w > 0 && toks[w-1].p != ',' {
			continue
		}
		if who := d.absoluteSubjectEN(toks, text, w+1, u.lex); who != "" {
			return who
		}
	}
	return ""
}

// absoluteSubjectEN returns the known person named by the noun phrase
// that starts at token s and ends right before a participle of saying
// (after an optional "of" and place and an optional day), "" otherwise.
func (d *docState) absoluteSubjectEN(toks []token, text string, s int, lex lexicon) string {
	k, name := s, ""
	for k < len(toks) && k-s < 8 {
		t := &toks[k]
		switch {
		case capWord(t):
			e := k
			for e < len(toks) && capWord(&toks[e]) {
				e++
			}
			if i, ok := d.byKey[text[t.s:toks[e-1].e]]; ok && d.personLikeEN(d.people[i].name) {
				name = d.people[i].name
			}
			k = e
			continue
		case t.is(tPunct) && t.p == '.' && k > s:
		case lowerWord(t) && (t.low == "former" || roleOf(t, lex) != "" || titleWordEN(t.low)):
		default:
			return d.participleAfterEN(toks, k, name)
		}
		k++
	}
	return ""
}

// participleAfterEN returns name when token k, after an optional "of"
// and capitalised place and an optional day, is a participle of saying;
// "" otherwise.
func (d *docState) participleAfterEN(toks []token, k int, name string) string {
	if name == "" {
		return ""
	}
	if k+1 < len(toks) && toks[k].low == "of" && capWord(&toks[k+1]) {
		for k++; k < len(toks) && capWord(&toks[k]); k++ {
		}
	}
	if k < len(toks) && toks[k].cat&(cWeekday|cRelDate) != 0 {
		k++
	}
	if k < len(toks) && (sayingIngEN(toks[k].low) || foldIn(toks[k].low, "tweeting", "calling")) {
		return name
	}
	return ""
}
