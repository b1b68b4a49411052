package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findAttribution records the speech verbs and "laut"/"according to" of a
// unit and which tokens form the attribution clause ("…“, sagte Lu.",
// "Hanna Roth, die …, sagte, …"), so that its names do not count as content.
func findAttribution(toks []token, text string, de bool, a *analysis) {
	a.skipFrom, a.skipTo = len(toks), len(toks)
	quoted := false // inside double quotation marks: a verb there is the quoted speaker's
	for i := range toks {
		t := &toks[i]
		if t.is(tQuote) && text[t.s] != '\'' && !strings.HasPrefix(text[t.s:], "’") && !strings.HasPrefix(text[t.s:], "‘") && !strings.HasPrefix(text[t.s:], "‚") {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if t.cat&cSpeech != 0 && !t.is(tCap) || t.is(tCap) && t.cat&cSpeech != 0 && i > 0 {
			a.attrib = append(a.attrib, i)
		} else if t.cat&cAccording != 0 && (de || i+1 < len(toks) && toks[i+1].low == "to") {
			a.attrib = append(a.attrib, i)
		}
	}
	if len(a.attrib) == 0 {
		return
	}
	v := a.attrib[0]
	if toks[v].cat&cAccording != 0 {
		if toks[v].low == "zufolge" {
			a.skipFrom, a.skipTo = max(0, v-3), v+1
			return
		}
		j := v + 1
		for j < len(toks) && (toks[j].cat&cDet != 0 || toks[j].low == "to") {
			j++
		}
		a.skipFrom, a.skipTo = v, min(len(toks), capRun(toks, text, j, de))
		return
	}
	next := v + 1
	if next < len(toks) && (toks[next].p == ',' || toks[next].low == "dass" || toks[next].low == "that") {
		// "Hanna Roth sagte, …": the speaker before the verb. A verb late in
		// a sentence ("Die drei Räte stimmten …, als der Ausschuss
		// forderte, dass …") takes only itself and the name before it.
		if v <= 6 {
			a.skipFrom, a.skipTo = 0, v+1
			return
		}
		k := v
		for k > 0 && v-k < 4 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) {
			k--
		}
		a.skipFrom, a.skipTo = k, v+1
		return
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if toks[k].p == ',' {
			a.skipFrom, a.skipTo = k, len(toks)
			return
		}
	}
	if v <= 3 {
		a.skipFrom, a.skipTo = 0, v+1
	} else if v >= len(toks)-4 {
		a.skipFrom, a.skipTo = v-1, len(toks)
	}
}

// claimant finds who makes the statement of a unit, using the speech verbs
// found by findAttribution, and remembers the speaker.
func (d *docState) claimant(toks []token, text string, a *analysis, de bool, lex lexicon) string {
	who, actWho := "", ""
	if !de {
		d.noteFirstPersonEN(toks, text) // "Lee thanked the crowd. “…,” she said."
	} else {
		d.noteNamedDE(toks, text) // "Am Nachmittag soll Roth verärgert gewesen sein. „…“, sagt sie."
	}
	verbs := a.attrib
	if len(verbs) == 0 {
		verbs = d.extraAttrib(toks, text, de) // "meldet Radio Bremen", "she continued"
	}
	if !de {
		verbs = d.unquotedVerbsEN(toks, text, verbs) // "''We found no link.''": the quoted speaker's verb
	}
	if fv := finalVerbEN(toks, verbs); fv >= 0 && !de {
		verbs = append([]int{fv}, verbs...) // "…, Trump told them …, the source said."
	}
	for _, v := range verbs {
		t := &toks[v]
		if t.cat&cAccording == 0 && (de && (passiveDE(toks, v) || notSayingDE(toks, v)) || !de && (passiveEN(toks, v) || nounUseEN(toks, v))) {
			continue // "… zum Risikogebiet erklärt wurden", "was asked", "has been criticized": no speaker
		}
		plural := strings.HasSuffix(t.low, "ten") || t.low == "sagen" || t.low == "say"
		src, srcOK := "", false
		if de && t.cat&cAccording != 0 {
			src, srcOK = d.accordingSourceDE(toks, text, v, lex) // "laut Angaben des Ministeriums"
		}
		switch {
		case srcOK:
			who = src
		case de && heisstEsAt(toks, v):
			who = d.heisstEsSourceDE(toks, text, lex) // "Aus der Stadtverwaltung hieß es, …"
		case t.cat&cAccording != 0 && t.low == "zufolge":
			z := parenBefore(toks, v) // "Jens Roth (CDU) zufolge"
			for k := z - 1; k >= 0 && k >= z-4; k-- {
				if toks[k].is(tCap) && (k == 0 || !toks[k-1].is(tCap)) {
					who = d.nameAt(toks, text, k, de, lex, false, true)
					break
				}
			}
		case t.cat&cAccording != 0:
			n := v + 1
			for k := n; k < len(toks) && k <= v+4 && !toks[k].is(tPunct); k++ {
				if toks[k].is(tCap) {
					n = k // "according to research firm CB Insights"
					break
				}
			}
			who = d.nameAt(toks, text, n, de, lex, false, true)
			if np := capNounPhraseEN(toks, text, n); np != "" && !de {
				who = np // "according to the Indian government"
			}
			if who == "" && !de {
				who = d.accordingEN(toks, text, v)
			}
			if !de {
				who = abbrevLeadEN(toks, text, n, who) // "according to U.S. officials"
			}
		default:
			// "sagte Lu", "sagte sie"; in English only after a quote or
			// comma ("…,” said Smith), since "said she was" names the
			// subject of the reported clause.
			front := de && d.vorfeldSubjectDE(toks, text, v) // "Die Ministerin forderte den Rücktritt": the subject stands before
			if !de {
				who = d.bodyRoleAfterEN(toks, text, v, lex) // "…,” said Harbor Post columnist Ann Lee."
			}
			if who == "" && !de {
				who = d.bodyRefEN(toks, v) // "the company said": the body last quoted
			}
			if who == "" && !de {
				who = d.itBodyEN(toks, v) // "It said …": the body last quoted
			}
			if who == "" && !de {
				who = d.documentRefEN(toks, v) // "the statement said": its issuer
			}
			if who == "" && !de {
				who = d.pollRespondentsEN(toks, v) // "44 percent said": the poll's issuer
			}
			if who == "" && v+1 < len(toks) && toks[v+1].p != ',' && !front && (de || v > 0 && toks[v-1].is(tPunct) && inverted(toks, v+1) && !tellEN(t.low)) {
				who = d.nameAt(toks, text, v+1, de, lex, plural, false)
			}
			if who == "" && de {
				who = d.verbSubjectDE(toks, text, v, front, lex) // "…“, hatte Jan Roth gesagt", "IWF und EZB verlangen …"
			}
			// "…,” said aviation analyst Justin Green."
			if who == "" && !de {
				who = d.describedAfterEN(toks, text, v, lex)
			}
			// "…,” said a longtime adviser to the mayor."
			if who == "" && !de {
				who = describedAfterVerbEN(toks, text, v)
			}
			// "So berichtet beispielsweise Franz Huber …"
			if who == "" && de && !front {
				who = d.adverbSubjectDE(toks, text, v, lex)
			}
			// "…“, sagt der 48-Jährige": the person just named, by the article's gender
			if who == "" && de && !front {
				who = d.agedDE(toks, v)
			}
			// "…“, sagte der zuständige Richter", "…, warnte der Experte des DIHK, Ilja Nothnagel"
			if who == "" && de && !front && v > 0 && toks[v-1].is(tPunct) {
				who = d.invertedSubjectDE(toks, text, v, lex)
			}
			// "Am Abend erklärte der Ratspräsident Jan Roth …": after a fronted
			// adverbial, a person the text knows
			if who == "" && de && !front && v == 1 && demonstrativeDE(toks[0].low) {
				who = d.invertedSubjectDE(toks, text, v, lex) // "Das sagte der Chef des Amts, Felix Roth."
			}
			if who == "" && de && !front && v > 0 && (toks[v-1].is(tPunct) || v == 1 && demonstrativeDE(toks[0].low)) {
				who = d.afterAdverbialSubjectDE(toks, text, v, lex) // "…“, meldet am Donnerstag Leiter Jan Roth"
			}
			if who == "" && de && !front && frontedDE(toks, v) {
				if w := d.invertedSubjectDE(toks, text, v, lex); d.known(w) {
					who = w
				}
			}
			// "Authorities say", "Critics of the plan, however, say"
			if who == "" && !de && v > 0 {
				if s, e := groupSubjectEN(toks, v); s >= 0 {
					who = text[toks[s].s:toks[e-1].e]
				}
			}
			// "A senior U.S. official said", "…, one aide said"
			if who == "" && !de && v > 0 {
				who = describedBeforeEN(toks, text, v)
			}
			// "…,” the official added": the official the text described
			if who == "" && !de {
				who = d.describedRefEN(toks, v)
			}
			// "officials said", "critics of the plan say"
			if who == "" && !de && v > 0 {
				who = groupBefore(toks, text, v)
			}
			// "…, the sheriff said": the person the text named with that role
			if who == "" && !de && v > 0 {
				who = d.roleBeforeEN(toks, v, lex)
			}
			// "…,” the former governor said": the person last quoted
			if who == "" && !de && v > 0 {
				who = d.epithetBeforeEN(toks, v, lex)
			}
			// "Roth sagte", "er sagte", "Smith said", "Hanna Roth, die …, sagte"
			if who == "" && v > 0 {
				vs := parenBefore(toks, v) // "Kevin Roth (SPD) sagte"
				if !de {
					vs = subjectEndEN(toks, auxiliaryStartEN(toks, v)) // "he later said", "Ann Lee (D) on Monday said"
				}
				who = d.subjectBefore(toks, text, vs, de, lex, plural)
			}
		}
		if who != "" && (!de && speakActEN(toks, v) || de && topicClauseDE(toks, v)) {
			actWho, who = who, "" // "Ann Lee spoke at the rally": a speaker, no claim
			continue
		}
		if who != "" {
			break
		}
	}
	if de {
		who = d.adverbClaimantDE(who) // "Ähnlich äußerte sich …": the adverb is no speaker
	} else {
		who = d.partyEpithetEN(who, text) // "the Kentucky Republican said": the person last quoted
	}
	if who == "" {
		who = d.colonSpeaker(toks, text) // "Ann Lee: …" in an interview
		d.interview = d.interview || who != ""
	}
	if who == "" && !de {
		who = d.capsLabelEN(toks, text) // "VANCE: “…”" in a fact check
	}
	if who == "" && !de {
		who = d.fullNameColonEN(toks, text) // "Ann Lee: The tax will hurt farmers" in a headline
	}
	if who == "" && !de {
		who = d.tweetAuthorEN(toks, text, lex) // "… — Ann Lee (@annlee) May 2, 2019"
	}
	if who == "" && !de {
		who = d.participleSpeakerEN(toks, text, lex) // "Ann Lee accepted the delay, saying …"
	}
	if who == "" && !de {
		who = d.regardSpeakerEN(toks, text, lex) // "Ann Lee sees the deal as a mistake"
	}
	if who == "" && !de {
		who = d.coordinatedSpeakerEN(toks, text, verbs, lex) // "Ann Lee smiled and said …"
	}
	if who == "" && !de {
		who = d.particleSpeakerEN(toks, text, verbs) // "…, said al-Nadiri."
	}
	if who == "" && !de {
		who = pluralGroupEN(toks, text)
	}
	if who == "" && !de {
		who = d.coordinatedBaseEN(toks, text, lex) // "Ann Lee and Tom Bell say"
	}
	if who == "" && !de {
		who = d.theyGroupEN(toks, text) // "Experts doubt it. … It will cost more, they said."
	}
	if who == "" && de {
		who = d.soName(toks, text, lex)
	}
	if who == "" && de {
		who = d.sourceFormsDE(toks, text, lex) // "…, so der Landrat.", "Ähnlich äußerte sich Eva Roth", "nach Angaben des …"
	}
	if who == "" && de {
		who = d.positionSpeakerDE(toks, text, lex)
	}
	if who == "" && de {
		who = d.colonQuoteSpeakerDE(toks, text) // "Sie gibt zu bedenken: „…“"
	}
	if who == "" && de && len(verbs) > 0 && !notSayingDE(toks, verbs[0]) {
		who = bodyFirstDE(toks, text, verbs[0])
	}
	if who == "" && de {
		who = d.reportBodyDE(toks, text) // "Die Polizei sprach von …"
	}
	if who == "" && de {
		who = d.attitudeSpeakerDE(toks, text, lex) // "Roth ist überzeugt, dass …"
	}
	if who == "" && de {
		who = d.nachAngabenDE(toks, text, lex) // "nach Angaben des Landratsamtes"
	}
	if who == "" && de {
		who = d.heisstEsDE(toks, text, lex) // "…, heißt es vom Statistischen Bundesamt"
	}
	if !de {
		who = d.partyTagOwnerEN(toks, text, who, lex) // "Rep. Ann Lee, R-Utah, said"
	}
	if !de && strings.HasSuffix(who, ",") {
		who = d.appositionOwnerEN(toks, text, who, lex) // "Ann Lee, a professor …, said"
	}
	if !de && who != "" {
		who = d.titleGenderOwnerEN(toks, text, who) // "Mrs. Lester" is not Tom Lester
	}
	if !de && !strings.Contains(who, "; ") {
		who = personNameEN(gluedLinkNameEN(who)) // "Erin Lee" keeps "Erin"; "Ann Lee Ann Marie LeeHarbor …" is Ann Lee
	} else {
		who = cleanClaimants(who)
	}
	if !de && describedEN(who) {
		d.noteDescribedEN(who)
	}
	if de {
		who = d.appositionSpeakerDE(toks, text, who, len(verbs) > 0, lex) // "Der Chef des Verbands, Jan Roth, hatte … gewarnt"
	}
	if de {
		who = d.forBodyDE(toks, text, who) // "Bundesamt für Migration", not "Bundesamt" or "Migration"
	}
	if de {
		who = d.genitiveRoleDE(toks, text, who, lex) // "sagt der Inhaber der Tanzschule": the person just named
	}
	if de {
		who = d.articledSurnameDE(toks, text, who, lex) // "sagt der Kölner Lorenz": the person named in full
		who = nominativePluralDE(who)                   // "laut den norwegischen Behörden": "norwegische Behörden"
	}
	if de {
		who = d.describedDE(who)      // "die Sprecherin" after "eine Sprecherin des Bezirks"
		who = d.prepositionCutDE(who) // "Gegen Eva Roth", "Vom Balkon"
	}
	if de {
		who = d.refineClaimantDE(toks, text, who, lex) // no adverb ("Schließlich"); "der Mediziner" just named
		if who == "" {
			who = d.groupSourceDE(toks, text, lex) // "Bisher warnen Politiker vor …" after a word taken for the speaker
		}
	}
	if !de && who != "" && (creditOrCaptionEN(toks) || photoCaptionEN(toks, verbs) || mediaLabelEN(toks) || linkLabelEN(toks)) {
		who = "" // "Lerer reported from Los Angeles.", "Hide Caption 4 of 13 Photos: …"
	}
	quoted := (len(toks) > 0 && toks[0].is(tQuote) || d.openQ.inside) && (de || !quotedNameEN(toks, text)) // also a sentence inside a quotation an earlier unit opened; not "“Harbor Nights” ran …"
	// A quotation or German reported speech (Konjunktiv I) soon after an
	// attributed unit (at most two units between) keeps its speaker.
	carried := false
	if who == "" && len(verbs) == 0 && quoted && !de && a.x[fFirstSing]+a.x[fFirstPl] > 0 {
		who = d.quotedNarratedEN(toks, text) // "Ann Lee thanked the crowd. “We did it!”"
	}
	if who == "" && len(verbs) == 0 && d.sinceClaim <= 3 && (quoted || de && (a.x[fReported] > 0 || d.reportedFormDE(toks)) || hasToken(toks, "demnach")) {
		who, carried = d.prevClaim, true
	}
	if who == "" && de && len(verbs) == 0 && a.x[fReported] > 0 {
		who, carried = d.reportedFirstDE(toks), true // "Zu ihnen gehört Eva Roth. … Ihr Tag habe früh begonnen."
	}
	if who == "" && de && len(verbs) == 0 {
		who, carried = d.quotedFirstDE(toks, text), true // "Jan Roth schaut zu. „Ich komme seit Jahren her.“"
	}
	// A unit in the first person with no speaker of its own goes
	// on in the voice of the last speaker (an interview, a speech quoted
	// at length) when the first person is quoted or the text is an
	// interview: an author's own "I" outside quotation marks (a column, an
	// essay) is the author's voice.
	if who == "" && len(verbs) == 0 && d.sinceClaim <= 3 && a.x[fFirstSing]+a.x[fFirstPl] > 0 && (quoted || d.interview || firstPersonQuoted(toks, text)) {
		who, carried = d.prevClaim, true
	}
	if de {
		who, carried = d.answerSpeakerDE(toks, text, who, carried) // "Jan Roth: Das war knapp. Die Halle ist zu klein."
		who, carried = d.openQuoteSpeakerDE(who, carried)          // „Die Werkstatt ist alt. | Im Winter ist es kalt.“
	}
	if !de && who != "" && quotedTitleEN(text) {
		who, carried = "", false // "‘NO DEAL’ AT THE PIER": a title
	}
	act := who == "" && actWho != ""
	if act {
		who = actWho // remembered as the speaker of the quotations that follow
	}
	d.rulesCarried = carried
	d.noteBodyEN(who)
	if !de {
		d.noteDocumentsEN(toks, who) // "Lee said in a statement", for "the statement said"
	}
	d.noteGroupEN(who)
	if who != "" {
		name, g := d.speakerOf(who, de) // "Roth" after "Jan Roth": his full name
		d.lastSpeaker[gi(g)] = name
		if !de && d.personLikeEN(who) {
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
	if act {
		return "" // the act of speaking, no claim
	}
	return who
}

// subjectBefore finds who speaks when the speech verb v follows its
// subject: a pronoun just before it, a known person right before it or at
// the start of the sentence ("Hanna Roth, die …, sagte"), else the name
// right before it.
func (d *docState) subjectBefore(toks []token, text string, v int, de bool, lex lexicon, plural bool) string {
	if g := pronoun(&toks[v-1], plural); g != 0 {
		if de {
			if who := d.pronounInUnitDE(toks, text, v-1, g); who != "" {
				return who // "Da Gómez weiß, …, appellierte sie"
			}
		} else if who := d.pronounInUnitEN(toks, text, v-1, g); who != "" {
			return who // "Ann Lee skipped the debate, but she said"
		}
		return d.resolvePronoun(g, de)
	}
	if de {
		if who := d.describedBeforeDE(toks, text, v); who != "" {
			return who // "Die italienische Regierung versprach"
		}
	}
	if w := wieClause(toks, v, de); w >= 0 {
		if who := d.nameAt(toks, text, w+1, de, lex, plural, true); who != "" {
			return who // "…, wie Handelsdiplomaten in Genf berichteten"
		}
	}
	e := v
	if toks[v-1].p == ',' {
		if !de {
			e = relativeEndEN(toks, v) // "Ann Lee, who ran in 2016, said", "Ann Lee, who lost her son, Tom, said"
		}
		if e == v {
			e = appositionEnd(toks, v) // "Smith, 52, said", "Jens Roth, der Chef des Verbands, sagte", "Der Leiter, Jens Roth, sagte"
		}
	}
	near := ""
	if toks[e-1].is(tCap) && !toks[e-1].is(tPunct) {
		k := e - 1
		for k > 0 && e-k < 6 {
			p := &toks[k-1]
			if p.is(tCap) && !p.is(tPunct) && roleOf(p, lex) == "" {
				k-- // a role ends the name: "Ministry Spokesman Geng Shuang"
			} else if k > 1 && (p.low == "of" || p.low == "for") && toks[k-2].is(tCap) {
				if !de && officeOfNameEN(toks, k, e) {
					k++ // "Chief of Staff Ann Lee said": the name after the office
					break
				}
				k -= 2 // "Office for National Statistics"
			} else {
				break
			}
		}
		if !de {
			if who := d.personBeforeBodyEN(toks, text, k); who != "" {
				return who // "Ann Lee of the Council on Foreign Relations told"
			}
			if who := d.personOfPlaceEN(toks, text, k, e); who != "" {
				return who // "Sen. Ron Wyden (D) of Oregon told", "Tim Scott of South Carolina said"
			}
		}
		if de {
			if h := orgHeadDE(toks, text, k); h < k {
				return text[toks[h].s:toks[e-1].e] // "der Berufsverband Deutscher Rheumatologen erklärte"
			}
		}
		near = d.nameAt(toks, text, k, de, lex, plural, true)
		if near != "" {
			near = d.conjoined(toks, text, k, de, lex, near)
		}
		if d.known(near) || strings.Contains(near, "; ") {
			return near
		}
		if de && objectDE(toks, k) {
			near = "" // "zum Risikogebiet erklärt", "…, die das Gleiche befürchten"
		}
		if de && near != "" {
			if h := genitiveHeadDE(toks, k); h >= 0 {
				near = text[toks[h].s:toks[e-1].e] // "Vertreter der EU"
			}
		}
	}
	k := 0
	for k < len(toks) && k < 3 && (toks[k].cat&cNotName != 0 || toks[k].is(tPunct) || roleOf(&toks[k], lex) != "") {
		k++
	}
	if k < v && toks[k].is(tCap) && !toks[k].is(tPunct) {
		who := d.nameAt(toks, text, k, de, lex, plural, false)
		if d.known(who) {
			return who
		}
		// German: a body or group as subject after an article ("Die
		// Staatsanwaltschaft hat … widersprochen", "Das Landratsamt meldete").
		if near == "" && de && k == 1 && toks[0].cat&cDet != 0 && toks[k].cat == 0 && toks[v-1].p != ',' {
			return nominativeDE(toks[0].low, text[toks[k].s:toks[capRun(toks, text, k, de)-1].e])
		}
	}
	return near
}

// known reports whether name is a person registered with a full name.
func (d *docState) known(name string) bool {
	p, ok := d.lookup(name)
	return ok && p.name == name
}

// fullest replaces each claimant by the fullest name the whole text gives
// its person ("Trump" → "Donald Trump", also when the full name comes
// later) without the titles the text also writes in lower case
// (chooser.stripTitles), in the units and in the chooser's trace.
func (d *docState) fullest(units []Unit) {
	for i := range units {
		units[i].Claimant = d.fullest1(units[i].Claimant)
		if units[i].Lang == "de" && units[i].Claimant != "" {
			units[i].Claimant = describedNameDE(d.titledSurnameDE(units[i].Claimant)) // "Amtsleiter Gottschalk" → "René Gottschalk"
		}
	}
	if d.trace != nil {
		for k, u := range d.trace.units {
			de := len(d.trace.units) == len(units) && units[k].Lang == "de"
			for i, n := range u.Names {
				n = d.personName(n)
				if d.en {
					n = d.dropLeadEN(n)
				}
				u.Names[i] = legalFormStopEN(d.en, n, generationStopEN(d.theTitledEN(d.stripTitlesEN(d.fullName(d.acronymFullEN(n))))))
				if de && u.Names[i] != "" {
					u.Names[i] = describedNameDE(d.titledSurnameDE(u.Names[i]))
				}
			}
		}
	}
}

// fullest1 is the fullest form of a claimant, each of several ("A; B")
// on its own; "" for none (each step keeps "").
func (d *docState) fullest1(c string) string {
	if c == "" {
		return ""
	}
	a, b, ok := strings.Cut(c, "; ")
	if !ok {
		if d.en {
			c = d.dropLeadEN(c) // "WATCH Lee", "Democrat Ann Lee"
		}
		return legalFormStopEN(d.en, c, generationStopEN(d.theTitledEN(d.stripTitlesEN(d.fullName(d.acronymFullEN(c)))))) // not "Acme Inc." for "Acme"; "HRW" → "Harbor Rescue Watch"
	}
	return d.fullest1(a) + "; " + d.fullest1(b)
}

// fullName returns the fullest name the text gives the person named c, c
// itself if none is fuller: by the surname or another tail of the name
// ("Trump" → "Donald Trump"), by the first word when one person only
// starts so ("Ban" → "Ban Ki-moon", "Mary" → "Mary Zapata"), and for a
// name that is no person's, by its last word when that is a person's
// surname ("Regierungschef Haseloff", "Züchter von Lüttwitz"), unless it
// is a described source ("a spokesman for Lee": describedEN).
func (d *docState) fullName(c string) string {
	if c == "" {
		return c
	}
	if p, ok := d.lookup(c); ok && len(p.name) > len(c) {
		if full := d.personName(p.name); len(full) > len(c) && endsWithName(full, c) {
			return full
		}
	}
	k := strings.LastIndexByte(c, ' ')
	if k < 0 {
		if full := d.byFirst(c); full != "" && strings.ToUpper(c) != c { // not an acronym ("CCTV")
			return full
		}
		if t := d.titled[c]; t != "" {
			return t // "President Lee" when the text gives no first name
		}
		return c
	}
	if _, ok := d.lookup(c); !ok && d.ch.titlesOnly(c[:k]) && !describedEN(c) { // not "a spokesman for Lee"
		if p, ok := d.lookup(c[k+1:]); ok && p.surname == c[k+1:] && strings.IndexByte(p.name, ' ') > 0 && plainName(p.name) {
			return claimantName(p.name)
		}
	}
	return c
}

// titlesOnly reports whether every word of s is a word the text writes
// before a lower-case word or in lower case: titles and offices, not a
// first name ("Regierungschef", "Züchter von").
func (c *chooser) titlesOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !c.notFirst.has(w) && !c.common.has(strings.ToLower(w)) && upperFirst(w) {
			return false
		}
	}
	return true
}

// byFirst returns the full name of the one person whose name starts with
// the word w, "" if none or several do. The answer for each w is kept in
// d.heads: byFirst is asked only at the end (fullest), when d.people no
// longer changes. Only the people whose name holds w are cleaned
// (claimantName gives a part of the name, so the others cannot start
// with w: TestClaimantNamePart).
func (d *docState) byFirst(w string) string {
	if d.heads == nil {
		d.heads = map[string]int{}
	}
	i, ok := d.heads[w]
	if !ok {
		i = -1
		for k, p := range d.people {
			if !strings.Contains(p.name, w) {
				continue
			}
			first, rest, _ := strings.Cut(claimantName(p.name), " ")
			if first != w || !plainName(rest) {
				continue // "Trump Sunday": a name and a date
			}
			if i >= 0 { // several
				i = -1
				break
			}
			i = k
		}
		d.heads[w] = i
	}
	if i >= 0 {
		return claimantName(d.people[i].name)
	}
	return ""
}

// plainName reports whether every word of s starts in upper case and none
// is a date word.
func plainName(s string) bool {
	for s != "" {
		w := s
		if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
			w, s = s[:k], s[k:]
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:] // the words as strings.Fields gives them, without allocating
		} else {
			s = ""
		}
		if w != "" && (!upperFirst(w) || wordCategory(w)&(cMonth|cWeekday|cRelDate|cTimeNoun) != 0) {
			return false
		}
	}
	return true
}
