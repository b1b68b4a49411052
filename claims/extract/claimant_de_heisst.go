package extract

import "strings"

// The impersonal "heißt es" ("it is said") names its source in a
// prepositional phrase, which may follow after an adverbial ("hieß es am
// Dienstag vom Statistischen Bundesamt", "heißt es etwa vom Verband") or
// open the sentence ("Aus der Stadtverwaltung heißt es, …", "In einer
// Mitteilung der Stadt hieß es …"). The older heisstEsDE reads the phrase
// only right after "es".

// heisstEsSourceDE returns the source of "heißt es"/"hieß es" in the
// unit: a phrase with "von", "vom", "aus", "bei" or "seitens" after it
// (perhaps after adverbs and a time phrase), else one that opens its
// clause, or a noun of communication with a genitive ("In einer Mitteilung
// der Stadt"), in the nominative; after "Darin" the author of the document
// the unit before named (docOwnerDE, claimant_de_darin.go); "" when there
// is none.
func (d *docState) heisstEsSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsHeisst) {
		return "" // no "heißt es" (heisstEsAt)
	}
	for i := 0; i+2 < len(toks); i++ {
		if !heisstEsAt(toks, i) {
			continue
		}
		k := skipAdverbialsDE(toks, i+2)
		if who := circlesAfterDE(toks, text, k); who != "" {
			return who // "…, heißt es in Kommissionskreisen"
		}
		if k < len(toks) && sourcePrepositionDE(toks[k].low) {
			return d.sourceAfterDE(toks, text, k, phraseEndDE(toks, k), lex)
		}
		if who := d.heisstInDE(toks, text, k, lex); who != "" {
			return who // "…, hieß es in einer Mitteilung des Verbands"
		}
		if who := d.heisstOwnDocumentDE(toks, k); who != "" {
			return who // "Die Demonstration sei nicht angemeldet gewesen, hieß es in einer Mitteilung."
		}
		c := clauseStart(toks, i)
		if darinHeisstDE(toks, c, i) {
			return d.docOwnerDE // "Ein Gutachten des Amts liegt vor. Darin heißt es, …" (claimant_de_darin.go)
		}
		if c < i && adverbDE[toks[c].low] {
			c++ // "Auch von der Ministerin hieß es"
		}
		if c < i && sourcePrepositionDE(toks[c].low) {
			return d.sourceAfterDE(toks, text, c, i, lex) // "Aus der Stadtverwaltung heißt es"
		}
		if c < i && toks[c].low == "in" {
			who, _ := d.sourcePhraseDE(toks, text, c+1, i, lex) // "In einer Mitteilung der Stadt hieß es"
			return who
		}
		return ""
	}
	return ""
}

// sourcePrepositionDE reports whether w is a preposition that introduces
// the source of "heißt es": "von", "vom", "aus", "bei", "beim", "seitens".
func sourcePrepositionDE(w string) bool {
	switch w {
	case "von", "vom", "aus", "bei", "beim", "seitens":
		return true
	}
	return false
}

// skipAdverbialsDE returns the token after the adverbs and a short time
// phrase from token k ("dazu", "etwa", "am Dienstag", "zudem"), at most four
// tokens.
func skipAdverbialsDE(toks []token, k int) int {
	start := k
	for k < len(toks) && k-start < 4 {
		t := &toks[k]
		switch {
		case adverbDE[t.low] || adverbsDE[t.low] && !pronounDE(t.low) || t.low == "dazu" || t.low == "etwa" || t.low == "nur":
			k++
		case (t.low == "am" || t.low == "im") && k+1 < len(toks) && toks[k+1].cat&(cWeekday|cMonth|cTimeNoun|cRelDate) != 0:
			k += 2
		default:
			return k
		}
	}
	return k
}

// sourceAfterDE writes the source phrase that the preposition at token k
// opens, up to e, in the nominative (genitiveSourceDE), a noun with the
// genitive after it (sourceGenitiveDE); the fixed
// "aus …kreisen" ("aus Koalitionskreisen") is cited in the nominative
// plural ("Koalitionskreise").
func (d *docState) sourceAfterDE(toks []token, text string, k, e int, lex lexicon) string {
	who := sourceGenitiveDE(toks, text, k, e, d.genitiveSourceDE(toks, text, k, e, lex)) // "bei der Vereinigung der Arbeitgeberverbände"
	if strings.HasSuffix(strings.ToLower(who), "kreisen") && strings.IndexByte(who, ' ') < 0 {
		return who[:len(who)-1] // "EU-Kreisen" → "EU-Kreise"
	}
	return who
}

// heisstEsAt reports whether token v is "heißt" or "hieß" followed by
// "es": the impersonal "it is said", whose source heisstEsSourceDE reads.
func heisstEsAt(toks []token, v int) bool {
	return (toks[v].low == "heißt" || toks[v].low == "hieß") && v+1 < len(toks) && toks[v+1].low == "es"
}

// lautetSourceDE returns the owner of what "lautet"/"lautete" quotes: the
// genitive or "von" phrase after the noun ("…“, lautete die Antwort von
// Landrat Jan Roth", "lautet die Devise des Vereins", "Die Kernaussage von
// Jan Roth lautete: …"), a name's genitive before it ("lautet Roths
// Urteil"), or the person a possessive refers to ("so lautet ihr
// Angebot"); "" when the noun has no owner ("Die Frage lautet: …").
func (d *docState) lautetSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsLautet) {
		return ""
	}
	for v := 1; v < len(toks); v++ {
		if toks[v].low != "lautet" && toks[v].low != "lautete" {
			continue
		}
		if who := d.ownerDE(toks, text, v+1, phraseEndDE(toks, v+1), lex); who != "" {
			return who
		}
		if c := clauseStart(toks, v); c < v && nounPhraseOnlyDE(toks, c, v) {
			return d.ownerDE(toks, text, c, v, lex) // "Die Kernaussage von Jan Roth lautete: …"
		}
		return ""
	}
	return ""
}

// ownerDE reads the owner of the noun phrase toks[s:e]: perhaps an
// article, adjectives or a possessive, a noun, then a genitive or "von"
// phrase (genitiveSourceDE); or a name's genitive before the noun; or the
// person a possessive refers to. "" when there is none.
func (d *docState) ownerDE(toks []token, text string, s, e int, lex lexicon) string {
	h := s
	for h < e && (toks[h].cat&cDet != 0 || lowerWord(&toks[h]) && inflectedDE(toks[h].low)) {
		h++
	}
	if h+1 < e && capWord(&toks[h]) && strings.HasSuffix(toks[h].low, "s") && capWord(&toks[h+1]) && toks[h].cat == 0 {
		return genitiveBaseDE(text[toks[h].s:toks[h].e]) // "Roths Urteil"
	}
	if h >= e || !capWord(&toks[h]) {
		return ""
	}
	if g := possessiveGenderDE(toks, s, h); g != 0 {
		return d.resolvePronoun(g, true) // "ihr Angebot"
	}
	if h+1 < e && genitiveLinkDE(toks[h+1].low) {
		return d.genitiveSourceDE(toks, text, h+1, e, lex)
	}
	return ""
}

// nounPhraseOnlyDE reports whether toks[i:j] holds nothing but a noun
// phrase's words: articles, capitalised words, lower-case inflected
// adjectives and genitive links, no verb ("Das Geld vom Golf trifft auf …"
// holds one).
func nounPhraseOnlyDE(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if t := &toks[k]; lowerWord(t) && !inflectedDE(t.low) && !genitiveLinkDE(t.low) {
			return false
		}
	}
	return true
}
