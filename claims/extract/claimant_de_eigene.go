package extract

// "nach eigenen Angaben" (also in one word, "nach Eigenangaben"), "nach
// eigener Darstellung" (or "Aussage", "Auskunft", "Zählung") and
// "eigenen Angaben zufolge" attribute a statement to the subject of its
// own clause: "Die Feuerwehr hat nach
// eigenen Angaben die Hälfte abgesucht", "Nach eigenen Angaben erhielt das
// Amt …". The subject is the source.

// ownAccountNounsDE are the nouns of an account after "nach eigener".
var ownAccountNounsDE = map[string]bool{"darstellung": true, "aussage": true, "auskunft": true, "zählung": true}

// ownAccountDE returns the subject of the main clause of a unit that says
// "nach eigenen Angaben", "nach eigener Darstellung" (ownAccountNounsDE)
// or "eigenen Angaben zufolge" outside quotation
// marks: the noun phrase before the finite verb, or, when the phrase
// itself opens the sentence, the noun phrase after the verb; "" when there
// is none.
func (d *docState) ownAccountDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsEigene) {
		return ""
	}
	at := -1
	quoted := false
	for k := 0; k+1 < len(toks); k++ {
		if doubleQuote(&toks[k], text) {
			quoted = !quoted
			continue
		}
		if !quoted && k >= 1 && toks[k].low == "eigenen" && toks[k+1].low == "angaben" && (toks[k-1].low == "nach" || k+2 < len(toks) && toks[k+2].low == "zufolge") {
			at = k - 1
			break
		}
		if !quoted && k >= 1 && toks[k].low == "eigener" && ownAccountNounsDE[toks[k+1].low] && toks[k-1].low == "nach" {
			at = k - 1 // "nach eigener Darstellung"
			break
		}
		if !quoted && k >= 1 && toks[k].low == "eigenangaben" && toks[k-1].low == "nach" {
			at = k - 1 // "nach Eigenangaben": one word
			break
		}
	}
	if at < 0 {
		return ""
	}
	if at == 0 && len(toks) > 4 {
		return d.mittelfeldSubjectDE(toks, text, 4, lex, false) // "Nach eigenen Angaben erhielt das Amt …"
	}
	v := finiteAfterVorfeldDE(toks)
	if v < 1 || v > at {
		return ""
	}
	return d.subjectBefore(toks, text, v, true, lex, false)
}

// finiteAfterVorfeldDE returns the first lower-case word after the first
// capitalised word that is no article, adjective or word of an apposition
// between commas: the finite verb of a German main clause that opens with
// a noun phrase ("Die Feuerwehr hat …", "Jan Roth, Chef des Amts, weiß
// …", "Die Initiative „Mehr Grün“ hat …"); -1 when there is none.
func finiteAfterVorfeldDE(toks []token) int {
	inApposition, quoted := false, false
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		switch {
		case quotedNameMarkDE(toks, k, quoted):
			quoted = !quoted // "Die Initiative „Mehr Grün“ hat …": a name in quotation marks (claimant_de_quotedvorfeld.go)
		case quoted:
		case t.p == ',':
			inApposition = !inApposition
		case t.is(tPunct) || t.is(tQuote):
			return -1
		case inApposition || capWord(t) || t.cat&cDet != 0 || inflectedDE(t.low) && k+1 < len(toks) && capWord(&toks[k+1]):
		default:
			return k
		}
	}
	return -1
}
