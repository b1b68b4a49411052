package extract

// "Der Rechnungshof hatte das Vorhaben in einem Bericht kritisiert. …
// Der Preis liege doppelt so hoch, heißt es in dem Papier." A "heißt es"
// with a document by the definite article and no author of its own ("im
// Bericht", "in der Studie", "in dem Papier") points back to a document
// the text named before; its author is the claimant, some units later too.

// namedDocSpanDE is how many units after the one that named a document a
// "heißt es im Bericht" may still point back to it.
const namedDocSpanDE = 8

// noteNamedDocDE keeps owner, the author of a document the unit names
// (noteDocOwnerDE), for a later "heißt es im Bericht"; an empty owner
// keeps the one noted before.
func (d *docState) noteNamedDocDE(owner string) {
	if owner != "" {
		d.namedDocDE, d.namedDocAtDE = owner, d.units
	}
}

// heisstNamedDocDE returns the author of the document an earlier unit
// named (noteNamedDocDE, at most namedDocSpanDE units before) when the
// tokens at k after "heißt es" are "im" or "in der"/"in dem" and a noun of a
// document (documentNounsDE, or a compound of a publication's noun:
// "Jahresbericht") with no genitive or name after it; "" otherwise.
func (d *docState) heisstNamedDocDE(toks []token, k int) string {
	if d.namedDocDE == "" || d.units-d.namedDocAtDE > namedDocSpanDE || k+1 >= len(toks) {
		return ""
	}
	n := k + 1 // "im Bericht"
	switch {
	case toks[k].low == "im":
	case toks[k].low == "in" && (toks[k+1].low == "der" || toks[k+1].low == "dem"):
		n = k + 2
	default:
		return ""
	}
	if n >= len(toks) || !capWord(&toks[n]) || !documentNounsDE[toks[n].low] && !publicationCompoundDE(toks[n].low) {
		return ""
	}
	if n+1 < len(toks) && (genitiveLinkDE(toks[n+1].low) || capWord(&toks[n+1])) {
		return "" // "im Bericht der Stadt": a source of its own
	}
	return d.namedDocDE
}
