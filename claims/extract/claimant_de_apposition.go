package extract

import "strings"

// German news introduce a speaker by a noun phrase of office and the name
// in apposition between commas: "Der Chef des Verbands, Jan Roth, hatte
// davor gewarnt", "So weist die Leiterin des Amts, Eva Kern, darauf hin",
// "klagt die Sprecherin der Fraktion, Eva Kern, dass …". The apposition
// names the person the noun phrase describes; when that noun phrase is in
// the nominative (its article "der" or "die" opens a clause or follows the
// finite verb) and the unit reports a statement, the person is the
// speaker.

// appositionSpeakerDE returns the full name in apposition to a noun phrase
// opened by "der" or "die" that is the subject of the unit's verb of
// reporting (subjectAppositionDE), when who, the claimant the other rules
// found, is no person the text knows or a name inside that noun phrase
// (bodyBeforeNameDE: "der Chef von Bahn Plus, Jan Roth"); else who.
// hasVerb tells whether the unit has a verb of saying; a verb of
// reportVerbsDE counts too.
func (d *docState) appositionSpeakerDE(toks []token, text, who string, hasVerb bool, lex lexicon) string {
	if strings.IndexByte(text, ',') < 0 {
		return who // no comma, no apposition (subjectAppositionDE)
	}
	if !hasVerb && (d.lacks(toks, wsReport) || !reportVerbInDE(toks)) {
		return who
	}
	knownWho := who != "" && d.known(who)
	quoted := false
	for k := 0; k+3 < len(toks); k++ {
		if doubleQuote(&toks[k], text) {
			quoted = !quoted
			continue
		}
		if quoted || appositionArticleDE(toks[k].low) == "" || !subjectSlotDE(toks, k) {
			continue
		}
		if name := d.subjectAppositionDE(toks, text, k, lex); name != "" && (!knownWho || bodyBeforeNameDE(text[toks[k].s:], who, name)) {
			return name
		}
	}
	return who
}

// subjectSlotDE reports whether the article at k stands where a German
// subject does: at the start of a clause, perhaps after sentence adverbs
// ("Zuvor hatte bereits der …"), or after a finite verb, not after a
// preposition ("mit der Chefin, …") or a noun, whose genitive it would open.
func subjectSlotDE(toks []token, k int) bool {
	j := k
	for j > 0 && adverbDE[toks[j-1].low] {
		j-- // "hatte bereits der Chef …"
	}
	if j == 0 || clauseBreak(&toks[j-1]) {
		return true
	}
	p := &toks[j-1]
	if !lowerWord(p) || prepositionDE(p.low) || p.cat&cDet != 0 {
		return j == 1 && capWord(p) && !prepositionDE(p.low) && (adverbsDE[p.low] || adverbDE[p.low]) // "So weist der …"
	}
	return true // a finite verb: "sagte der …", "hatte der …"
}

// subjectAppositionDE returns the full name (two words or more, a person the
// text knows) that stands between commas, or after a comma at the end of
// the sentence, right after the noun phrase opened by the article at k
// ("der Chef des Verbands, Jan Roth,"; "…, sagte der Chef des Verbands,
// Jan Roth."); "" when
// there is none. The noun phrase's first noun names a person
// (personHeadDE); it holds no quotation
// or other punctuation but a parenthesis ("der Präsident des Instituts
// (RKI), …").
func (d *docState) subjectAppositionDE(toks []token, text string, k int, lex lexicon) string {
	noun := false
	c := k + 1
	for ; c < len(toks) && c-k <= 12; c++ {
		t := &toks[c]
		if t.p == ',' {
			break
		}
		if t.is(tQuote) || t.is(tPunct) && t.p != '(' && t.p != ')' && t.p != '-' {
			return ""
		}
		if capWord(t) && !noun && !personHeadDE(appositionArticleDE(toks[k].low), t, lex) {
			return "" // "die Entscheidung der Leiterin, …": the apposition is the genitive's
		}
		noun = noun || capWord(t)
	}
	if !noun || c >= len(toks) || c == k+1 || toks[c].p != ',' {
		return ""
	}
	e := nameRun(toks, c+1, true)
	if e <= c+2 || e >= len(toks) || toks[e].p != ',' && e+1 < len(toks) {
		return ""
	}
	name := d.nameAt(toks[:e], text, c+1, true, lex, false, false)
	if strings.IndexByte(name, ' ') < 0 || !d.known(name) {
		return ""
	}
	return name
}

// reportVerbInDE reports whether the unit holds a form of reportVerbsDE
// ("gab … bekannt", "wies … hin"), whose particle an apposition may keep
// apart from it by its commas.
func reportVerbInDE(toks []token) bool {
	for i := range toks {
		if !reportFilterDE.mayHold(toks[i].low) {
			continue // most words, without a look-up in the map
		}
		if _, ok := reportVerbsDE[toks[i].low]; ok && lowerWord(&toks[i]) {
			return true
		}
	}
	return false
}

// personHeadDE reports whether the noun t after the article names a person
// by office or trade: by personNounGender's endings and roles, as a
// spokesperson ("die Sprecherin der Fraktion"), or as a participle or
// adjective made a masculine noun ("der Beauftragte", "der Abgeordnete").
func personHeadDE(article string, t *token, lex lexicon) bool {
	return personNounGender(article, t, lex) != 0 || roleOf(t, lex) != "" || strings.Contains(t.low, "sprecher") ||
		article == "der" && len(t.low) > 6 && strings.HasSuffix(t.low, "te")
}
