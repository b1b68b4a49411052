package extract

// "Im Saal saß auch die Abgeordnete Ida Marx. Diese nannte die Fähre einen
// guten Anfang.": a demonstrative pronoun alone before
// the verb ("Dieser", "Diese", not "Diese Zahlen") refers to the last
// noun the unit before named; when that is a person or body the text
// knows, it is the speaker of the verb of saying.

// lastKnownDE returns the full name of the person or body the unit toks
// ends with, by a word the text registered (byKey), "" when its last
// capitalised word is no such name ("… bat Ida Marx um ihren Rat":
// the antecedent is no name the rules know).
func (d *docState) lastKnownDE(toks []token, text string) string {
	for k := len(toks) - 1; k > 0; k-- {
		if !capWord(&toks[k]) {
			continue
		}
		if i, ok := d.byKey[text[toks[k].s:toks[k].e]]; ok {
			return d.people[i].name
		}
		return ""
	}
	return ""
}

// demonstrativeWhoDE replaces no claimant in a unit with a verb of saying,
// or one that is the bare demonstrative opening the unit, by the
// demonstrative's antecedent ("Diese sagte …": demonstrativeAntecedentDE),
// when there is one.
func (d *docState) demonstrativeWhoDE(u *claimUnit, who string) string {
	if len(u.toks) == 0 || who != "" && who != u.text[u.toks[0].s:u.toks[0].e] || who == "" && len(u.verbs) == 0 {
		return who
	}
	if a := d.demonstrativeAntecedentDE(u.toks); a != "" {
		return a
	}
	return who
}

// demonstrativeAntecedentDE returns d.prevLastDE when toks open with
// "Dieser" (not after a woman) or "Diese" (not after a man) and no noun
// or punctuation after it, else "".
func (d *docState) demonstrativeAntecedentDE(toks []token) string {
	if len(toks) < 3 || capWord(&toks[1]) || toks[1].is(tPunct) || d.prevLastDE == "" {
		return ""
	}
	g := d.genderOf(d.prevLastDE)
	switch toks[0].low {
	case "dieser":
		if g == 'f' {
			return ""
		}
	case "diese":
		if g == 'm' {
			return ""
		}
	default:
		return ""
	}
	return d.prevLastDE
}
