package extract

// "Greta Olsson's letter was sent to two committees. … The letter said …",
// "Olsson's letter alleges that …": a document named with its author in
// the possessive speaks for that author, as "Olsson wrote in a letter"
// makes her its issuer (noteDocumentsEN).

// notePossessiveDocsEN records as issuer of each document noun of the
// English unit that follows a person's name in the possessive
// (possessiveIssuerEN), so a later "the letter said" speaks for her.
func (d *docState) notePossessiveDocsEN(toks []token, text string) {
	for i := 1; i < len(toks); i++ {
		if who := d.possessiveIssuerEN(toks, text, i); who != "" {
			if d.docIssuerEN == nil {
				d.docIssuerEN = docIssuers{}
			}
			d.docIssuerEN[toks[i].low] = docIssuer{who, d.units}
		}
	}
}

// possessiveDocRefEN returns the author of the document that, named with
// the author in the possessive, is the subject of the English verb of
// saying v ("Olsson's letter alleges", "the draft in Olsson's email also
// said"); "" otherwise.
func (d *docState) possessiveDocRefEN(toks []token, text string, v int) string {
	if k := verbGroupStartEN(toks, v); k >= 2 {
		return d.possessiveIssuerEN(toks, text, k-1)
	}
	return ""
}

// possessiveIssuerEN returns the full name (fullName) of the person whose
// name in the possessive stands right before the document noun at token i
// ("Olsson's letter", "Greta Olsson’s statement"), when the text has
// named that person (lookup); "" otherwise. An indictment is of the
// person named, not by them, and is left alone.
func (d *docState) possessiveIssuerEN(toks []token, text string, i int) string {
	t, p := &toks[i], &toks[i-1]
	if t.is(tCap) || p.flags&(tCap|tPunct) != tCap || !documentNounEN(t.low) || t.low == "indictment" {
		return ""
	}
	b := i - 1
	for b > 0 && toks[b-1].flags&(tCap|tPunct) == tCap {
		b--
	}
	full := text[toks[b].s:p.e]
	name := possessiveStemEN(full)
	if len(name) == len(full) {
		return "" // no possessive ending
	}
	if _, ok := d.lookup(name); !ok {
		return ""
	}
	return d.fullName(name)
}
