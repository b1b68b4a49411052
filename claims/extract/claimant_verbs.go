package extract

import "strings"

// Verbs of saying and reporting that the claimant finder reads beyond the
// lexicon's (which also weighs check-worthiness and is left as it is), and
// the German source phrase "nach Angaben".

// extraSpeechDE reports whether w is one of the German verbs of reporting
// and of taking a position (third person, present and past) that name a
// source when a unit has no other verb of saying: "meldet Radio Bremen",
// "wie Marca titelte", "schätzt er". A switch, not a map: most units of a
// German text look their words up.
func extraSpeechDE(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch w {
	case "meldet", "meldete", "meldeten", "titelt", "titelte", "titelten", "vermutet", "vermutete", "vermuteten",
		"schätzt", "schätzte", "schätzten", "resümiert", "resümierte", "bilanziert", "bilanzierte", "folgert",
		"folgerte", "kontert", "konterte", "unterstrich", "unterstreicht", "erwidert", "erwiderte", "entgegnet",
		"entgegnete", "präzisiert", "präzisierte", "beteuert", "beteuerte", "ankündigte":
		return true
	}
	return false
}

// extraAttrib returns the tokens of the unit, outside double quotation
// marks, that are German verbs of saying by extraSpeechDE or fused with
// their particle at the end of a clause (fusedSpeechAtDE; not reflexive:
// "meldete sich"), "fragt" before a quotation (fragtQuoteDE) or English verbs of communication by extraSpeechEN
// ("quipped", "touted") or of taking a position by stanceVerbEN
// ("hopes", "made clear"), in the docState's reused buffer. The English
// verbs tried before ("wondered", "recounted", "continued") gained one
// training unit and lost four.
func (d *docState) extraAttrib(toks []token, text string, de bool) []int {
	d.verbBuf = d.verbBuf[:0]
	quoted := false
	for i := range toks {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if !quoted && i > 0 && !t.is(tCap) && extraVerbAt(toks, text, i, de) {
			d.verbBuf = append(d.verbBuf, i)
		}
	}
	return d.verbBuf
}

// minExtraVerbDE is the length in bytes of the shortest German verb that
// extraVerbAt takes ("fragt"): a shorter word is none of them.
const minExtraVerbDE = 5

// extraVerbAt reports whether token i is a verb of saying for extraAttrib:
// German by extraSpeechDE, speechPluralDE, fusedSpeechAtDE, fragtQuoteDE or
// accusedPluralDE ("warfen … vor")
// and not reflexive; English by extraSpeechEN, postedSpeechEN,
// showedFindingEN, stanceVerbEN, supportsGerundEN ("supports raising"), voicedStanceEN, citedStanceEN, progressiveSpeechEN, wentOnQuoteEN,
// wentOnSayEN, continuedQuoteEN, particleSpeechEN ("opened up about") or
// forecastThatEN ("forecast that").
func extraVerbAt(toks []token, text string, i int, de bool) bool {
	t := &toks[i]
	if de {
		if len(t.low) < minExtraVerbDE {
			return false // shorter than every verb of the four (TestMinExtraVerbDE)
		}
		if !extraVerbFilterDE.mayHold(t.low) {
			return false // none of the verbs the tests below take (most words)
		}
		return (extraSpeechDE(t.low) || speechPluralDE(t.low) || fusedSpeechAtDE(toks, i) || fragtQuoteDE(toks, i) || accusedPluralDE(toks, i)) &&
			(i+1 == len(toks) || toks[i+1].low != "sich")
	}
	return extraSpeechEN(t.low) || labelVerbEN(toks, i) || postedSpeechEN(toks, text, i) || showedFindingEN(toks, i) || stanceVerbEN(toks, i) || supportsGerundEN(toks, i) || voicedStanceEN(toks, i) || citedStanceEN(toks, i) || progressiveSpeechEN(toks, i) || wentOnQuoteEN(toks, text, i) || wentOnSayEN(toks, i) || continuedQuoteEN(toks, text, i) || particleSpeechEN(toks, i) || forecastThatEN(toks, i)
}

// nachAngabenDE returns the source of "nach Angaben des Landratsamtes" /
// "nach Angaben von Ann Lee" / "nach Zahlen des Bundesamts" (any noun of
// sourceNounsDE after "nach"): the name after the phrase, a genitive
// ending taken off a one-word body ("Landratsamtes" → "Landratsamt").
func (d *docState) nachAngabenDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsNach) {
		return ""
	}
	for i := 1; i+1 < len(toks); i++ {
		n := nachBeforeDE(toks, i)
		if n < 0 || !sourceNounDE(toks[i].low) || n >= 1 && toks[n-1].low == "je" {
			continue // not "je nach Einschätzung der Lage"
		}
		k := i + 1
		if who := circlesAfterDE(toks, text, k); who != "" {
			return who // "nach Angaben aus Diplomatenkreisen"
		}
		if !sourceNounsDE[toks[i].low] && !genitiveLinkDE(toks[k].low) {
			continue // a compound ("nach Zeugenaussagen die Tat …") only with its genitive
		}
		gen := k < len(toks) && toks[k].low == "des"
		if k < len(toks) && (toks[k].low == "von" || toks[k].cat&cDet != 0) {
			k++
		}
		if who := describedAfterDE(toks, text, i+1); who != "" {
			return who // "nach Angaben der venezolanischen Behörden"
		}
		if who := spokesGenitiveDE(toks, text, k); who != "" {
			return who // "nach Angaben eines Polizeisprechers"
		}
		if who := indefiniteSourceDE(toks, text, i+1); who != "" {
			return who // "nach Angaben eines Experten" (claimant_de_indefsource.go)
		}
		if k >= len(toks) || !toks[k].is(tCap) || toks[k].is(tPunct) {
			return ""
		}
		who := d.nameAt(toks, text, k, true, lex, false, true)
		if gen && strings.IndexByte(who, ' ') < 0 {
			who = genitiveBaseDE(who)
		}
		return who
	}
	return ""
}

// genitiveBaseDE takes the genitive ending off a German noun: "-es" after
// a consonant cluster the nominative ends in, else "-s" ("Landratsamtes"
// → "Landratsamt", "Bundesamts" → "Bundesamt", "Ministeriums" →
// "Ministerium").
func genitiveBaseDE(w string) string {
	switch {
	case strings.HasSuffix(w, "tes") || strings.HasSuffix(w, "des") || strings.HasSuffix(w, "ses") && !strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// creditOrCaptionEN reports whether an English unit is a reporter's
// credit line ("Lerer reported from Los Angeles.", "Ann Lee contributed
// to this report.") or a gallery caption ("Hide Caption 4 of 13 Photos:
// …", "Photos: …"): the newsroom's words about the article, never a claim.
func creditOrCaptionEN(toks []token) bool {
	if len(toks) <= 9 {
		for i := 1; i+1 < len(toks); i++ {
			if toks[i].low == "reported" && toks[i+1].low == "from" || toks[i].low == "contributed" && (toks[i+1].low == "to" || toks[i+1].low == "reporting") {
				return true
			}
		}
	}
	for i := 0; i+2 < len(toks) && i < 8; i++ {
		if toks[i].is(tNum) && toks[i+1].low == "of" && toks[i+2].is(tNum) && i+4 < len(toks) && (toks[i+3].p == ':' || toks[i+4].p == ':') {
			return true // "4 of 13 Photos:": a slide of a gallery, not "6 of 10 voters said"
		}
	}
	if len(toks) > 1 && toks[1].p == ':' {
		switch toks[0].low {
		case "photo", "photos", "watch", "caption": // not "video": a word of the sample article
			return true
		}
	}
	return false
}
