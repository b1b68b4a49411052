package extract

// Reported speech goes on in the voice of the last speaker, but a unit
// that opens with a personal pronoun of the other gender and a verb in
// the singular ("Sie habe die Partei geeint" after Jan Roth spoke and Eva
// Kühn was named) speaks of someone else: the speaker is the person the
// unit before named first, if the pronoun fits them (prevNamedDE), else
// the person of that gender the text named last, if just one was named
// recently.

// pronounSwitchDE returns, for a speaker carried from the units before,
// another person when the unit opens with "Er" or "Sie" and a finite verb
// in the singular and who is not known to be of the pronoun's gender: the
// person the unit before named first, if the pronoun fits them (when who's
// gender is unknown, only if theirs is the pronoun's); else, when who is
// known to be of the other gender, the recent person of the pronoun's
// gender, or "" and no carry. It returns who and carried unchanged
// otherwise.
func (d *docState) pronounSwitchDE(toks []token, who string, carried bool) (string, bool) {
	if !carried || who == "" || len(toks) < 3 {
		return who, carried
	}
	var g byte
	switch toks[0].low {
	case "er":
		g = 'm'
	case "sie":
		g = 'f'
	default:
		return who, carried
	}
	if !singularVerbDE(toks[1].low) {
		return who, carried // "Sie hätten …": plural
	}
	_, had := d.speakerOf(who, true)
	if had == g {
		return who, carried
	}
	if p := d.prevNamedDE(g); p != "" && p != who && (had != 0 || d.genderOf(p) == g) {
		return p, true // "Kühn dankte. Sie habe …": the person the unit before named
	}
	if had == 0 {
		return who, carried
	}
	if p := d.recentPersonDE(g); p != "" {
		return p, true
	}
	return "", false
}

// singularVerbDE reports whether w is a finite verb of the third person
// singular in Konjunktiv I or of a modal or auxiliary ("sei", "habe",
// "werde", "könne", "müsse", "wolle", "solle", "dürfe", "hat", "ist").
func singularVerbDE(w string) bool {
	switch w {
	case "sei", "habe", "werde", "könne", "müsse", "wolle", "solle", "dürfe", "möge", "wisse", "hat", "ist", "wird", "kann", "muss", "will", "soll":
		return true
	}
	return false
}
