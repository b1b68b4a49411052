package extract

// claimUnit is what the claimant rules read of one unit: its tokens and
// text, the lexicon, the speech verbs found in it and its language.
type claimUnit struct {
	toks  []token
	text  string
	lex   lexicon
	verbs []int
	de    bool
}

// claimant finds who makes the statement of a unit and remembers the
// speaker: first by its speech verbs (verbSpeaker), then by the unit's
// own forms (unitRulesDE/EN: "Ann Lee: …", "…, so der Landrat"), then by
// the speaker of the units before it (carriedSpeaker).
func (d *docState) claimant(toks []token, text string, a *analysis, de bool, lex lexicon) string {
	u := &d.unit
	*u = claimUnit{toks: toks, text: text, lex: lex, de: de}
	if !de {
		d.noteFirstPersonEN(toks, text) // "Lee thanked the crowd. “…,” she said."
		d.notePeopleEN(toks, text)      // "Clinton put Sanders on the defensive. He accused Clinton …" (claimant_en_disjoint.go)
	} else {
		d.noteCaps(toks)                               // for the note loops (capsOf), unless attribute listed these tokens
		d.noteNamedDE(toks, text)                      // "Am Nachmittag soll Roth verärgert gewesen sein. „…“, sagt sie."
		d.noteRegnalDE(toks, text)                     // "Papst Franziskus"
		d.noteProtocolDE(toks, text)                   // „Die Bienen warten nicht“ | Die Imkerin … | Ich prüfe …
		d.noteReleaseDE(toks, text, a.x[fHeading] > 0) // "Pressemitteilung der Talwerke AG"
		d.noteMentionDescsDE(toks, text)               // "Die Jury des Harbor-Verbandes tagte": for a later "die Jury" (claimant_de_mentiondesc.go)
	}
	u.verbs = d.speechVerbs(u, a)
	d.noteTestimonialHeading(u, a.x[fHeading] > 0) // "Jonas Roth, 34, Pfleger in Kassel" | "Ich arbeite …" (claimant_testimonial.go)
	if de && manReportedDE(toks, u.verbs, a.x[fReported] > 0) {
		u.verbs = nil // "Man habe … geschrieben": the speaker before goes on (claimant_de_manreported.go)
	}
	who, actWho := d.verbsSpeaker(u)
	if de {
		who = d.adverbClaimantDE(who) // "Ähnlich äußerte sich …": the adverb is no speaker
	} else {
		who = d.partyEpithetEN(who, text) // "the Kentucky Republican said": the person last quoted
	}
	if who == "" {
		if de {
			who = d.turnSpeakerDE(toks, text) // "Ann Lee: …", "A. L.: …" in an interview
		} else {
			who = d.colonSpeaker(toks, text) // "Ann Lee: …" in an interview
		}
		d.interview = d.interview || who != ""
	}
	rules, refine := unitRulesEN, refineRulesEN
	if de {
		rules, refine = unitRulesDE, refineRulesDE
	}
	for _, r := range rules {
		if who != "" {
			break
		}
		who = r(d, u)
	}
	for _, r := range refine {
		if r.ifWho && who == "" {
			continue // a rule that only corrects a speaker found
		}
		who = r.rule(d, u, who)
	}
	if !de && who != "" {
		who = datelineCutEN(toks, text, who) // "MEXICO CITY (Reuters) - Republicans are worried …": the place is nobody (claimant_en_dateline.go)
	}
	if de && who != "" && actWho == "" && len(u.verbs) == 0 && speechActUnitDE(toks) {
		actWho, who = who, "" // "Am Abend hielt Roth eine Rede": the act of speaking (claimant_de_speechact.go)
	}
	who, carried := d.carriedSpeaker(u, a, who)
	who = undatedName(who) // "Wednesday's Harlow Post poll", "Last March, …": no date in or as a claimant (claimant_datename.go)
	if de {
		who = d.regnalDE(who) // "Franziskus" after "Papst Franziskus"
	}
	act := who == "" && actWho != ""
	if act {
		who = actWho // remembered as the speaker of the quotations that follow
	}
	if !de {
		d.noteBackshiftEN(toks, u.verbs, who, carried) // "Ann Lee said the pier would reopen."
	}
	d.rememberSpeaker(u, who, carried)
	if !de {
		d.noteLeadDescEN(who) // "A federal judge said …" before "Judge Ann Lee" (claimant_en_leaddesc.go)
	}
	if !de && who == "" {
		d.noteOpeningGroupEN(toks, text) // "Ann Lee and her colleagues studied …": for "they said"
	}
	if de {
		d.prevLastDE = d.lastKnownDE(toks, text)         // for the next unit: "Diese sagte …" (claimant_de_demsubject.go)
		d.noteGenderedDE(toks, text)                     // for the next unit: "Dieser erklärte …" after "an den Ausschuss" (claimant_de_demgender.go)
		d.noteDocOwnerDE(toks, text, who, lex)           // for the next unit: "Darin heißt es, …" (claimant_de_darin.go)
		d.noteDocIssuersDE(toks, text, lex)              // for later units: "Dem Bericht zufolge …" (claimant_de_docowner.go)
		d.prevOpenBodyDE = openingBodyNameDE(toks, text) // for the next unit: "Ein Sprecher sagte" (claimant_de_spokesopening.go)
		d.notePluralOpeningDE(toks, text, who)           // for a plural "sie" after: "Die Ermittler stellten … vor. Sie forderten" (claimant_de_pluralopening.go)
		d.notePluralClaimedDE(toks, text, who)           // for a plural "sie" after: "Kleine Reedereien erklären … Sie warnen" (claimant_de_pluralclaimed.go)
		d.noteNamePairDE(toks, text, who)                // for "die beiden Forscherinnen" after "Eva Roth und Ina Lenz" (claimant_de_bothpair.go)
	}
	d.capsFor = nil // the tokenizer reuses its tokens for the next unit
	if act {
		return "" // the act of speaking, no claim
	}
	return who
}

// speechVerbs lists the unit's speech verbs in the order they are tried:
// those findAttribution found, else the rarer forms of extraAttrib (in
// English after those found, those of extraAfterLexiconEN), else
// in English a base form after "do" ("did tell": auxSpeechVerbsEN); in
// English the quoted speaker's verb and a verb closing the sentence first.
func (d *docState) speechVerbs(u *claimUnit, a *analysis) []int {
	verbs := a.attrib
	if !u.de {
		verbs = statesNameEN(u.toks, verbs) // "the United States": no "states"
	}
	if len(verbs) == 0 {
		verbs = d.extraAttrib(u.toks, u.text, u.de) // "meldet Radio Bremen", "she continued"
	} else if !u.de {
		verbs = d.extraAfterLexiconEN(u.toks, u.text, verbs) // "Asked whether …, who has called …, Lee demurred" (claimant_en_extraafter.go)
	} else if u.de {
		verbs = d.extraBeforeDE(u.toks, u.text, verbs) // "Am Abend meldete die Zeitung X, der Verein habe das bestätigt" (claimant_de_extrabefore.go)
	}
	if u.de {
		verbs = d.openQuotedVerbsDE(u.toks, verbs) // "Viele Kunden haben mir erzählt, …" inside a quotation an earlier unit opened
		if d.coordinatedPredicateDE(u.toks, u.text, verbs) {
			return verbs // "Der Verband begrüßte den Preis, bemängelte aber …": the first verb's subject
		}
		return trailingSayFirstDE(u.toks, verbs) // "Die Anwohner hätten gewarnt, sagte Glas."
	}
	verbs = nameVerbsEN(u.toks, verbs)               // "The Gulf States Forum met": no verb (claimant_en_nameverb.go)
	verbs = callNameVerbsEN(u.toks, verbs)           // "a group called the Harbor Caucus.": no claim (claimant_en_callname.go)
	verbs = d.unquotedVerbsEN(u.toks, u.text, verbs) // "''We found no link.''": the quoted speaker's verb
	// "Ann Lee did tell reporters …": a base form after "do"
	verbs = d.auxSpeechVerbsEN(u.toks, u.text, verbs)
	if fv := finalVerbEN(u.toks, verbs); fv >= 0 {
		verbs = append([]int{fv}, verbs...) // "…, Trump told them …, the source said."
	}
	return verbs
}

// verbsSpeaker asks each speech verb of the unit in turn for its speaker
// and returns the first found. A verb that names the act of speaking, not
// a claim ("Ann Lee spoke at the rally", "Ann Lee proposed a budget":
// objectActEN), gives actWho instead, and the
// next verb is asked.
func (d *docState) verbsSpeaker(u *claimUnit) (who, actWho string) {
	toks, de := u.toks, u.de
	for _, v := range u.verbs {
		if noSpeakerVerb(toks, v, de) {
			continue // "… zum Risikogebiet erklärt wurden", "was asked", "has been criticized": no speaker
		}
		if !de && narratedBeforeAccordingEN(toks, u.text, u.verbs, v) {
			continue // "Lee praised the budget, according to the Gazette": the source's report (claimant_en_narratedaccording.go)
		}
		who = d.verbSpeaker(u, v)
		if who != "" && (!de && (speakActEN(toks, v) || objectActEN(toks, u.text, v)) || de && (topicClauseDE(toks, v) || saidNothingDE(toks, v))) {
			actWho, who = who, "" // "Ann Lee spoke at the rally": a speaker, no claim
			continue
		}
		if who != "" {
			break
		}
	}
	return who, actWho
}

// noSpeakerVerb reports whether the speech verb at v cannot have a
// speaker: a passive, a German verb not used for saying, an English verb
// used as a noun or in a clause that names what was said ("whatever Lee
// said"), "add" with an object ("a budget that adds six officers":
// addedObjectEN; "laut"/"according to" always can).
func noSpeakerVerb(toks []token, v int, de bool) bool {
	if toks[v].cat&cAccording != 0 {
		return false
	}
	if de {
		return passiveDE(toks, v) || stemNounDE(toks, v) || articleNounDE(toks, v) || notSayingDE(toks, v) || topicOnlyDE(toks, v) || lawsuitDE(toks, v) || sichNameBeforeDE(toks, v) || bareAnswerDE(toks, v) // "erzählt von den Ziegen": a topic; "klagt gegen": a suit; "wobei er sich Balduin nannte": a name; "antwortet erst nach einer Pause": an act; "in den Räumen der Mühle", "zeigen die Schreiben": a noun
	}
	return passiveEN(toks, v) || nounUseEN(toks, v) || freeRelativeVerbEN(toks, v) || addedObjectEN(toks, v) || temporalClauseEN(toks, v) || relativeObjectEN(toks, v) || whetherClauseEN(toks, v) // "asked whether he thought …" (claimant_en_whether.go); "adds six officers"; "after Lee promised …" (claimant_en_temporalclause.go); "which Lee denied" (claimant_en_whichclause.go)
}

// carriedSpeaker gives a unit without a speaker of its own the speaker of
// the units before it when it goes on in that voice (carried is then
// true): a quotation or German reported speech (Konjunktiv I) soon after
// an attributed unit (at most two units between) keeps its speaker; a
// unit in the first person goes on in the voice of the last speaker (an
// interview, a speech quoted at length) when the first person is quoted
// or the text is an interview: an author's own "I" outside quotation
// marks (a column, an essay) is the author's voice; a German unit whose
// only Konjunktiv is the singular "wäre" or "hätte" is reported speech
// only right after the attributed unit (claimant_de_konj2.go); a German
// protocol (the text opens with a quotation alone) gives its unquoted
// first-person units to the person its lead named (protocolSpeakerDE), and in
// either language a line naming a person in a text of testimonials ("Jonas
// Roth, 34, Pfleger in Kassel") gives the person the units after it
// (claimant_testimonial.go). In German, an
// interview answer keeps its speaker to the paragraph's end
// (answerSpeakerDE), a quotation left open keeps the voice of the unit
// that opened it (openQuoteSpeakerDE), "Er"/"Sie" of the other gender
// than the carried speaker names the recent person of that gender
// (pronounSwitchDE), and a unit that opens with an earlier speaker takes
// the carry back to them (subjectCarryDE). In English, an answer of an
// interview printed as "Q:"/"A:" is the guest's (qaAnswerEN) and a
// transcript's turn the speaker its label names (turnSpeakerEN), each to
// the paragraph's end, a copied thread's post its author (postAuthorEN),
// the units after an "Interview highlights"
// heading the guest quoted last before it (highlightsAnswerEN), and a
// reader's letter its writer signed below it (signedLetterEN). In either
// language, the paragraph after a unit that names its speaker and ends with
// a colon ("Der Sprecher sagte:") is the speaker's (colonBlockSpeaker).
func (d *docState) carriedSpeaker(u *claimUnit, a *analysis, who string) (string, bool) {
	toks, text, de := u.toks, u.text, u.de
	noVerb := len(u.verbs) == 0 || de && a.x[fReported] > 0 && (agentlessPassiveOnlyDE(toks, u.verbs) || who == "" && infinitiveOnlyDE(toks, u.verbs) || who == "" && bareParticipleOnlyDE(toks, u.verbs)) // "…, habe es nach Berichten nachgelassen, wie behauptet werde": claimant_de_passivecarry.go; "Richtlinie: … die 112 rufen", "wie jetzt gefordert": claimant_de_infinitivecarry.go
	firstPerson := a.x[fFirstSing]+a.x[fFirstPl] > 0
	quoted := (len(toks) > 0 && toks[0].is(tQuote) || d.openQ.inside || de && connectiveQuoteDE(toks)) && (de || !quotedNameEN(toks, text)) // also a sentence inside a quotation an earlier unit opened; not "“Harbor Nights” ran …"
	carried := false
	if who == "" && noVerb && quoted && !de && firstPerson {
		who = d.quotedNarratedEN(toks, text) // "Ann Lee thanked the crowd. “We did it!”"
	}
	reported := de && !claimNounClauseDE(toks) && (a.x[fReported] > 0 && !(d.sinceClaim >= 2 && singularKonj2OnlyDE(toks)) && !relativeKonj2OnlyDE(toks) || d.reportedFormDE(toks)) // not "Die Behauptung, X habe …, ist falsch", nor only "wäre"/"hätte"
	if reported && d.sinceClaim >= 2 && subordinateKonjOnlyDE(toks) {
		reported = false // "…, weil häufiges Mähen den Bienen schade": only a subordinate clause in Konjunktiv (claimant_de_subkonj.go)
	}
	if reported && !firstPerson && authorQuestionDE(toks) {
		reported = false // "Und wer könne sich das noch leisten?": the author asks (claimant_de_question.go)
	}
	if reported && d.heisstEsUnitDE(toks) {
		reported = false // "In dem Beschluss heißt es, Ziel müsse …": a source of its own (claimant_de_heisstcarry.go)
	}
	if who == "" && de && noVerb {
		if w := d.demnachDocDE(toks); w != "" {
			who, carried = w, true // "X verwies auf Berechnungen des Umweltbundesamts. Demnach …" (claimant_de_darin.go)
		}
	}
	if who == "" && noVerb && d.sinceClaim <= 3 && (quoted || reported || hasToken(toks, "demnach")) {
		who, carried = d.prevClaim, true
	}
	if who == "" && de && noVerb && a.x[fReported] > 0 {
		who, carried = d.reportedFirstDE(toks), true // "Zu ihnen gehört Eva Roth. … Ihr Tag habe früh begonnen."
	}
	if who == "" && de && noVerb {
		who, carried = d.quotedFirstDE(toks, text), true // "Jan Roth schaut zu. „Ich komme seit Jahren her.“"
	}
	if who == "" && noVerb && d.sinceClaim <= 3 && firstPerson && (quoted || d.interview || firstPersonQuoted(toks, text)) {
		who, carried = d.prevClaim, true
	}
	if de {
		who, carried = d.qaAnswerDE(toks, text, who, carried)                                              // "Antwort: Nach unseren Zahlen …": the guest
		who, carried = d.speechSpeakerDE(toks, text, who, carried, firstPerson, quoted, a.x[fHeading] > 0) // "Jonas Roth (SPD):" | "Wir haben …"
		who, carried = d.releaseSpeakerDE(toks, text, who, carried)                                        // "Pressemitteilung der Talwerke AG" | "Wir haben …"
		d.noteLettersDE(text)
		who, carried = d.letterSpeakerDE(text, d.restEN, who, carried) // "Leserbriefe" | "Das Dach wurde 2016 repariert." | "Eva Roth, Talheim"
	}
	if who == "" {
		if p := d.protocolSpeakerDE(firstPerson, quoted, a.x[fHeading] > 0); p != "" {
			who, carried = p, true // a protocol: "Normalerweise prüfe ich jeden Morgen die Beuten."
		}
	}
	if who == "" && !de && noVerb && !quoted {
		who, carried = d.backshiftSpeakerEN(toks), true // "Ann Lee said the pier would reopen. The county would pay for it."
	}
	if !de {
		who, carried = d.qaAnswerEN(toks, text, who, carried)                            // "A: We lost thirty officers.": the guest
		who, carried = d.turnSpeakerEN(toks, text, who, carried)                         // "HOST ANN LEE: Good morning. …": the turn's speaker
		who, carried = d.colonTurnEN(text, who, carried)                                 // "Ann Lee: The toll is too high. It was doubled.": hers to the paragraph's end
		who, carried = d.postAuthorEN(toks, text, who, carried)                          // "Jo Pike @jpike · 3h | 1/ Claims rose …": the post's author
		who, carried = d.highlightsAnswerEN(toks, text, a.x[fHeading] > 0, who, carried) // "Interview highlights | On the ferry | It was built in Norway.": the guest
		if letter := d.signedLetterEN(text); who == "" && letter != "" {
			who, carried = letter, true // "Your report claimed … | Margaret Heaney, Cullington": the letter's writer (claimant_en_letter.go)
		}
	}
	if de {
		who, carried = d.answerSpeakerDE(toks, text, who, carried) // "Jan Roth: Das war knapp. Die Halle ist zu klein."
		who, carried = d.openQuoteSpeakerDE(who, carried)          // „Die Werkstatt ist alt. | Im Winter ist es kalt.“
		who, carried = d.pronounSwitchDE(toks, who, carried)       // "Eva Kühn dankte. Sie habe …" after Jan Roth spoke
		who = d.subjectCarryDE(who, carried)                       // "Roth verweist auf …. Eine Reform sei nötig."
	}
	who, carried = d.colonBlockSpeaker(u.toks, who, carried) // "Der Sprecher sagte:" | "Die Lage ist ernst. Wir prüfen das." (claimant_colonblock.go)
	if !de && who != "" && quotedTitleEN(text) {
		who, carried = "", false // "‘NO DEAL’ AT THE PIER": a title
	}
	return who, carried
}

// rememberSpeaker notes who spoke in this unit for the units that follow:
// the last speaker of each gender, the bodies and groups named, and the
// speaker a following quotation keeps (prevClaim; a carried speaker does
// not replace it, it only keeps it fresh).
func (d *docState) rememberSpeaker(u *claimUnit, who string, carried bool) {
	de := u.de
	d.rulesCarried = carried
	if de {
		d.pluralSie.note(who, d.units) // "Die Forscher fordern … Außerdem plädierten sie …"
	}
	d.noteGroupEN(who)
	if !d.isGroupEN(who) {
		d.noteBodyEN(who) // "Critics say" names no body for "the ministry said"
	}
	if !de {
		d.noteDocumentsEN(u.toks, who)         // "Lee said in a statement", for "the statement said"
		d.namedPollEN(who)                     // "In a Tide News/Marlow Poll, …": for the shares that follow (claimant_en_namedpoll.go)
		d.notePossessiveDocsEN(u.toks, u.text) // "Lee's letter was sent …", for "the letter said"
		if who == "" {
			d.noteIssuedDocEN(u.toks, u.text) // "Veltron Foods issued a statement"
		}
	}
	if de {
		d.carrySwitchDE(who, carried) // "Eva Roth winkt ab. „Ich bleibe.“ … Die Halle sei bezahlt."
	}
	if who != "" {
		name, g := d.speakerOf(who, de)    // "Roth" after "Jan Roth": his full name
		if !de || !pluralClaimantDE(who) { // a group is no person "die Ministerin" refers to
			d.lastSpeaker[gi(g)] = name
		}
		if !de && d.personLikeEN(who) && !d.isGroupEN(who) {
			d.speakerEN[gi(d.genderOf(who))] = who
			d.speakerAt[gi(d.genderOf(who))] = d.units
		}
	}
	switch {
	case who != "" && !carried:
		d.prevClaim, d.sinceClaim = who, 1
	case who != "":
		d.sinceClaim = 1
	default:
		d.sinceClaim++
	}
}
