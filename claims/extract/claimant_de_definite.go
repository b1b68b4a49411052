package extract

import "strings"

// German news refer back to a person just named by a definite article and
// a noun of office, trade or kinship ("Bernd Roth leitet das Amt. …, sagt
// der Mediziner.", "Die Schulleiterin versichert …", "…, so die
// Vorsitzende"). The guide wants the person's fullest name, so such a
// noun is the one person of its gender the last units named in full.

// personNounGender returns the gender a German noun after a definite
// singular article shows for a person: feminine by -in ("Schulleiterin",
// "Kanzlerin"; femaleInDE, so not "die Verbraucherzentrale Holstein"), masculine after "der" by an agent or office ending
// (-er, -or, -ent, -ist, -ant, -oge, -krat: "Mediziner", "Direktor",
// "Präsident", "Künstler", "Politologe", "Sozialdemokrat") or by the lexicon's roles; 0
// when the noun is no person's or the article does not fit, and for a
// spokesperson or a member of staff, who speak for a body and are seldom
// named ("der Sprecher", "eine Mitarbeiterin"), for a noun of a firm's
// trade ("der Energieversorger": firmTradeNounDE) and for a body's head
// noun ("der Kammer": bodyHeadDE).
func personNounGender(article string, t *token, lex lexicon) byte {
	low := t.low
	if strings.Contains(low, "sprecher") || strings.Contains(low, "mitarbeiter") {
		return 0 // a body's spokesperson or staff, seldom named
	}
	if firmTradeNounDE(low) {
		return 0 // "der Energieversorger": a firm (claimant_de_firmtrade.go)
	}
	if bodyHeadDE(low) != "" {
		return 0 // "nach Angaben der Kammer", "der Ärztekammer": a body in -er (bodyHeadsDE)
	}
	switch article {
	case "die":
		if len(low) > 5 && femaleInDE(low) {
			return 'f'
		}
	case "der":
		if roleOf(t, lex) != "" && roleGender(roleOf(t, lex), true) == 'm' {
			return 'm'
		}
		for _, suf := range [...]string{"er", "or", "ent", "ist", "ant", "oge", "ende", "krat"} {
			if strings.HasSuffix(low, suf) && len(low) > len(suf)+3 {
				return 'm'
			}
		}
	}
	return 0
}

// recentPersonDE returns the one person of gender g (or of unknown
// gender) whom the last three units named by a full name of plain words
// (not ending in an initial: "Plan B."),
// preferring the last speaker of that gender among several; "" when there
// is none or the choice is open.
func (d *docState) recentPersonDE(g byte) string {
	return d.recentOtherPersonDE(g, "")
}

// recentOtherPersonDE is recentPersonDE leaving out the person registered
// as not (a description the rules took for a name: "Kölner Tanzlehrer").
func (d *docState) recentOtherPersonDE(g byte, not string) string {
	found, n := "", 0
	for i := range d.people {
		p := &d.people[i]
		if p.name == not || d.units-p.unit > 3 || p.gender != g && p.gender != 0 || strings.IndexByte(p.name, ' ') < 0 || !plainName(p.name) || strings.HasSuffix(p.name, ".") {
			continue
		}
		if p.name == d.lastSpeaker[gi(g)] {
			return p.name
		}
		found, n = p.name, n+1
	}
	if n != 1 {
		return ""
	}
	return found
}

// definiteNounDE returns the person a German claimant of one noun refers
// back to when the unit writes it after a definite article ("der
// Mediziner", "die Schulleiterin") and the last units named one person of
// its gender in full (recentPersonDE), else the last speaker of its gender
// the text knows by a full name (lastSpeakerOfDE), or the person the text named with
// the noun as a role ("Innenminister Jan Roth", then "der italienische
// Innenminister"); else who. Lower-case adjectives may stand before the
// noun. A noun the text knows as a person's name stays, and so does a noun
// that would refer to a body (personOnlyDE: "sagte die Wahlleiterin" after
// "Der Verband Heimland sagte").
func (d *docState) definiteNounDE(toks []token, text, who string, lex lexicon) string {
	noun := who
	if k := strings.LastIndexByte(who, ' '); k > 0 && !upperFirst(who) {
		noun = who[k+1:] // "italienischer Innenminister": adjectives before the noun
	}
	if noun == "" || strings.IndexByte(noun, ' ') >= 0 || !upperFirst(noun) {
		return who
	}
	if _, ok := d.byKey[noun]; ok {
		return who
	}
	for k := 1; k < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != noun {
			continue
		}
		a := adjectivesBackDE(toks, k) - 1
		if a < 0 || toks[a].low != "der" && toks[a].low != "die" {
			continue
		}
		if who := d.titledAfterArticleDE(toks[a].low, toks[k].low); who != "" {
			return who // "Bildhauer Tim Vogt", then "der Bildhauer" (claimant_de_titledname.go)
		}
		if r := roleOf(&toks[k], lex); r != "" && d.roleHolderDE(&toks[k], r) != "" {
			return d.roleHolderDE(&toks[k], r) // "der italienische Innenminister": the person the text named with the role
		}
		g := personNounGender(toks[a].low, &toks[k], lex)
		if g == 0 {
			return who
		}
		p := personOnlyDE(d.recentPersonDE(g))
		if p == "" {
			p = d.lastSpeakerOfDE(g, who) // "versichert die Försterin" after her quotes
		}
		if personOnlyDE(p) == "" {
			return who // "teilte die Wahlleiterin mit" after "Der Verband Heimland sagte": no person
		}
		if p != who && d.otherRoleDE(p, &toks[k], lex) {
			return who // "der Bürgermeister" after "der Abgeordnete Jan Roth" (claimant_de_otherrole.go)
		}
		return p
	}
	return who
}

// refineClaimantDE applies the German claimant's last checks, in this
// order: an adverb is none (adverbClaimantDE), a person's body goes
// (affiliationCutDE), an object noun after a name goes (abstractTailDE,
// stanceTailDE), a
// body's report is the body (acronymCompoundDE), and so is its
// information (infoCompoundCutDE), joined nouns of office
// give way to the name after them (rolesNameDE), a definite person noun is
// the person the text just named (definiteNounDE), a body's head noun is
// the body the text named in full (bodyNamedDE), a kind noun the body the
// text introduced with it (kindNamedDE), a firm's noun with adjectives
// the firm last named (describedFirmDE), a general noun ("die Behörde")
// the body last named (generalBodyDE), and so does a bare "Sprecher"
// (bareSpokesDE); it then notes the bodies the unit
// names (noteBodiesDE, noteKindsDE). The checks before bareSpokesDE keep
// no speaker as none and note nothing then, so a unit without one (most
// units) skips them (TestRefineClaimantNoneDE).
func (d *docState) refineClaimantDE(toks []token, text, who string, lex lexicon) string {
	if who != "" {
		who = d.checkClaimantDE(toks, text, who, lex)
	}
	who = d.bareSpokesDE(who)
	d.noteBodiesDE(toks, text)
	d.noteKindsDE(toks, text)
	d.noteFirmsDE(toks, text)
	return who
}

// checkClaimantDE applies the checks of refineClaimantDE before
// bareSpokesDE, in its order.
func (d *docState) checkClaimantDE(toks []token, text, who string, lex lexicon) string {
	who = infoCompoundCutDE(acronymCompoundDE(stanceTailDE(abstractTailDE(d.affiliationCutDE(d.adverbClaimantDE(who))))))
	who = d.rolesNameDE(toks, text, who, lex)
	who = d.adjGenitiveNameDE(toks, text, who) // "des Verbands kommunaler Wasserwerke"
	who = d.kindNamedDE(toks, text, d.bodyNamedDE(toks, text, d.definiteNounDE(toks, text, who, lex)))
	who = d.describedFirmDE(toks, text, who) // "das kommunale Unternehmen" after "Die Stadtwerke Velden" (claimant_de_firmdesc.go)
	// "die Behörde" for the body named last; "Die Gewerkschaft" after "Die IG Metall kündigte … an"
	who = d.claimedOrgDE(toks, text, d.generalBodyDE(toks, text, who))
	return d.titledClaimantDE(who) // "des Bürgermeisters", "Oberfelds Amtsarzt": the person named with the noun
}

// rolesNameDE returns the person named after two joined nouns of office
// when who is the first of them ("sagte Ethikratmitglied und
// Arbeitsgruppenleiter Jan Roth", "der Politologe und Fußballexperte Jan
// Roth"): the nouns describe the person; else who.
func (d *docState) rolesNameDE(toks []token, text, who string, lex lexicon) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	for k := 0; k+4 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != who || toks[k+1].low != "und" || !capWord(&toks[k+2]) || !capWord(&toks[k+3]) || !capWord(&toks[k+4]) {
			continue
		}
		if name := d.nameAt(toks, text, k+3, true, lex, false, false); strings.IndexByte(name, ' ') > 0 {
			return name
		}
	}
	return who
}
