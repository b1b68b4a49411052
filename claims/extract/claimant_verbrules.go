package extract

import "strings"

// verbAt is one speech verb of a unit as the verb rules see it: its
// position, whether its subject stands before it in a German main clause
// (front: "Die Ministerin forderte den Rücktritt"), and whether the verb
// is plural ("sagten", "say").
type verbAt struct {
	v      int
	front  bool
	plural bool
}

// A verbRule names the speaker of a speech verb by one form, or "".
type verbRule func(d *docState, u *claimUnit, s verbAt) string

// verbSpeaker finds who speaks by the speech verb at v: the source of
// "laut"/"nach Angaben"/"zufolge"/"according to", the source of "hieß
// es", else the first answer of the verb rules of the unit's language,
// tried in order.
func (d *docState) verbSpeaker(u *claimUnit, v int) string {
	toks, de := u.toks, u.de
	t := &toks[v]
	if de && t.cat&cAccording != 0 {
		if src, ok := d.accordingSourceDE(toks, u.text, v, u.lex); ok {
			return src // "laut Angaben des Ministeriums"
		}
	}
	if !de && t.cat&cAccording != 0 {
		if src := d.accordingDocEN(toks, v); src != "" {
			return src // "according to the letter": its issuer (claimant_en_accordingdoc.go)
		}
		if src := d.accordingOwnerEN(toks, u.text, v); src != "" {
			return src // "according to the weather service's 5 p.m. advisory" (claimant_en_accordingowner.go)
		}
	}
	switch {
	case de && heisstEsAt(toks, v):
		return d.heisstEsSourceDE(toks, u.text, u.lex) // "Aus der Stadtverwaltung hieß es, …"
	case t.cat&cAccording != 0 && t.low == "zufolge":
		return d.zufolgeSpeaker(u, v)
	case t.cat&cAccording != 0:
		return d.accordingSpeaker(u, v)
	}
	s := verbAt{v: v, plural: strings.HasSuffix(t.low, "ten") || t.low == "sagen" || t.low == "say" || de && pluralVerbDE(toks, v)}
	rules := verbRulesEN
	if de {
		s.front = d.vorfeldSubjectDE(toks, u.text, v)
		rules = verbRulesDE
	}
	who := ""
	for _, r := range rules {
		if who != "" {
			break
		}
		who = r(d, u, s)
	}
	return who
}

// zufolgeSpeaker is the name in the four words before "zufolge" ("Jens
// Roth (CDU) zufolge").
func (d *docState) zufolgeSpeaker(u *claimUnit, v int) string {
	toks := u.toks
	z := parenBefore(toks, v)
	if unnamedReportDE(toks, z) {
		return "" // "Unbestätigten Berichten zufolge": no source named
	}
	for k := z - 1; k >= 0 && k >= z-4; k-- {
		if toks[k].is(tCap) && (k == 0 || !toks[k-1].is(tCap)) {
			if u.de && k == z-1 {
				if name := joinedInfoCutDE(u.text[toks[k].s:toks[k].e]); name != "" {
					return name // "Polizeiangaben zufolge": the police, as after "nach" (infoCompoundDE)
				}
			}
			k = genitiveOwnerStartDE(toks, u.text, k) // "Dem Institut der deutschen Wirtschaft zufolge"
			return d.nameAt(toks, u.text, k, u.de, u.lex, false, true)
		}
	}
	return ""
}

// accordingSpeaker is the source after "laut"/"according to": the first
// capitalised word in the four after it ("according to research firm CB
// Insights"), in English as a noun phrase ("according to the Indian
// government") or a described source.
func (d *docState) accordingSpeaker(u *claimUnit, v int) string {
	toks, text, de := u.toks, u.text, u.de
	n := v + 1
	for k := n; k < len(toks) && k <= v+4 && !toks[k].is(tPunct); k++ {
		if toks[k].is(tCap) {
			n = k
			break
		}
	}
	if !de {
		n = titleModifierSkipEN(toks, n) // "according to Deputy Mayor Jane Dorran"
	} else {
		n = d.ownerGenitiveSkipDE(toks, text, n, u.lex) // "Laut Bayerns Ministerpräsident Paul Lehner"
		n = ordinalTitleSkipDE(toks, n, u.lex)          // "Laut Hamburgs Erstem Bürgermeister …"
	}
	who := d.nameAt(toks, text, n, de, u.lex, false, true)
	if de {
		return who
	}
	if np := capNounPhraseEN(toks, text, n); np != "" {
		who = np
	}
	if who == "" {
		who = d.accordingEN(toks, text, v)
	}
	who = ofAndTailEN(toks, text, n, who)   // "according to the Office of Rail and Road" (claimant_en_accordingofand.go)
	return abbrevLeadEN(toks, text, n, who) // "according to U.S. officials"
}

// nameAfterVerb is the name right after the verb ("sagte Lu", "sagte
// sie"); in English only after a quote or comma ("…,” said Smith), since
// "said she was" names the subject of the reported clause.
func nameAfterVerb(d *docState, u *claimUnit, s verbAt) string {
	toks, v := u.toks, s.v
	if v+1 >= len(toks) || toks[v+1].p == ',' || s.front {
		return ""
	}
	if !u.de && !(v > 0 && toks[v-1].is(tPunct) && inverted(toks, v+1) && !tellEN(toks[v].low) && !objectAfterVerbEN(toks, v)) {
		return "" // "…, defended the Harbor Act": an object (claimant_en_objectverb.go)
	}
	n := v + 1
	if u.de {
		n = exampleSkipDE(toks, n)                        // "betont zum Beispiel Bayerns Ministerpräsident …"
		n = d.ownerGenitiveSkipDE(toks, u.text, n, u.lex) // "sagte Frankreichs Präsident Paul Marin"
		n = ordinalTitleSkipDE(toks, n, u.lex)            // "sagte Erster Bürgermeister Paul Lehner"
		n = officeTitleSkipDE(toks, u.text, n)            // "sagte Studienleiterin Dr. Miriam Roth"
		if dativeAfterVerbDE(toks, n) {
			return "" // "sagte dem Radiosender Welle Nord": the one told
		}
	}
	who := d.nameAt(toks, u.text, n, u.de, u.lex, s.plural, false)
	if u.de && (d.objectAfterVerbDE(toks, v, who) || reproachObjectDE(toks, v)) {
		return "" // "Alle drei Kandidaten forderten Reformen", "Anwohner werfen Roth … vor"
	}
	return who
}

// verbRulesDE are the German verb rules, tried in order.
var verbRulesDE = []verbRule{
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.quotedOneDE(u, s.v) // "…“, wird Roth von der Agentur X zitiert": the one quoted (claimant_de_zitiert.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.wieRoleDE(u.toks, u.text, s.v, u.lex) // "…, wie ein Polizeisprecher sagte" (claimant_de_wierole.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.accuseSubjectDE(u, s) // "Gegner werfen Jan Roth … vor": not the one accused (claimant_de_accuse.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.appositionVorfeldDE(u.toks, u.text, s.v) // "Arne Lind, der den Wald kennt, sagte …" (claimant_de_appositionvorfeld.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return nounAppositionDE(u.toks, u.text, s.v) // "Dieser Arzt, Antonio Noja, schilderte …" (claimant_de_nounapposition.go)
	},
	nameAfterVerb,
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.verbSubjectDE(u.toks, u.text, s.v, s.front, u.lex) // "…“, hatte Jan Roth gesagt", "IWF und EZB verlangen …"
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front {
			return ""
		}
		return d.adverbSubjectDE(u.toks, u.text, s.v, u.lex) // "So berichtet beispielsweise Franz Huber …"
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front {
			return ""
		}
		return d.agedDE(u.toks, s.v) // "…“, sagt der 48-Jährige": the person just named, by the article's gender
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front || s.v == 0 || !u.toks[s.v-1].is(tPunct) {
			return ""
		}
		return d.invertedSubjectDE(u.toks, u.text, s.v, u.lex) // "…“, sagte der zuständige Richter", "…, warnte der Experte des DIHK, Ilja Nothnagel"
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front || !demonstrativeStartDE(u.toks, s.v) {
			return ""
		}
		return d.invertedSubjectDE(u.toks, u.text, s.v, u.lex) // "Das sagte der Chef des Amts, Felix Roth."
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front || s.v == 0 || !u.toks[s.v-1].is(tPunct) && !demonstrativeStartDE(u.toks, s.v) {
			return ""
		}
		return d.afterAdverbialSubjectDE(u.toks, u.text, s.v, u.lex) // "…“, meldet am Donnerstag Leiter Jan Roth"
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front || !frontedDE(u.toks, s.v) {
			return ""
		}
		if w := d.invertedSubjectDE(u.toks, u.text, s.v, u.lex); d.known(w) {
			return w // "Am Abend erklärte der Ratspräsident Jan Roth …": after a fronted adverbial, a person the text knows
		}
		return ""
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if s.front {
			return ""
		}
		return d.adverbVorfeldSubjectDE(u.toks, u.text, s.v, u.lex) // "Unterdessen meldete das Landesamt …"
	},
	frontedObjectSubjectDE, // "Den Plan kritisierte der Verband"
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.agedVorfeldDE(u.toks, s.v) // "Der 58-Jährige erklärte, …": the person just named, by the article's gender
	},
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		if prepositionalVorfeldDE(u.toks, s.v) || dateOnlySpan(u.toks, 0, s.v) {
			return d.invertedSpeakerDE(u, s.v) // "Während des Tages meldeten die Behörden …", "Letzten Dienstag kündigte die Stadt an": no subject before the verb
		}
		if perfectParticipleDE(u.toks, s.v) {
			return "" // "Die Medien hatten von einem Skandal gesprochen": the word before a participle is no subject
		}
		if noSubjectBeforeDE(u.toks, s.v) || frontedObjectDE(u.toks, s.v) || u.toks[s.v-1].low == "zu" {
			return "" // "…, würde er Lockerungen verkünden" (claimant_de_objectbefore.go); "Die Überlegungen erklärt der Manager …": a fronted object (claimant_de_frontedobject.go); "…, die Stadt so zu nennen": an infinitive
		}
		return d.subjectBefore(u.toks, u.text, legalFormStartDE(u.toks, parenBefore(u.toks, s.v)), true, u.lex, s.plural) // "Roth sagte", "er sagte", "Kevin Roth (SPD) sagte", "Der Verband der Imker e.V. sagte"
	}),
	(*docState).modalSayDE, // "Allerdings könne er nicht sagen, …"
}

// demonstrativeStartDE reports whether the verb at v follows a single
// demonstrative that opens the unit ("Das sagte …").
func demonstrativeStartDE(toks []token, v int) bool {
	return v == 1 && demonstrativeDE(toks[0].low)
}
