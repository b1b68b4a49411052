package extract

// "Veltron Foods issued a press release on Monday. … The release said …":
// issuing a document is no verb of saying, so the unit has no claimant and
// noteDocumentsEN would keep an older issuer for the noun (another firm's
// release quoted a few units before). The subject of "issued", "released",
// "published" or "put out" before a document noun with "a"/"an" is the
// document's issuer.

// noteIssuedDocEN records as issuer of each document noun the unit brings
// up with "a"/"an" right after a verb of issuing the run of capitalised
// words that opens the unit and ends right before that verb ("Veltron
// Foods issued a statement"); with no such subject the noun's older
// issuer is forgotten, so "the release said" is not given it.
func (d *docState) noteIssuedDocEN(toks []token, text string) {
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if t.is(tCap) || !documentNounEN(t.low) || !indefiniteBeforeEN(toks, i) {
			continue
		}
		v := i - 2
		if toks[i-1].low != "a" && toks[i-1].low != "an" {
			v = i - 3
		}
		if v < 0 || !foldIn(toks[v].low, "issued", "released", "published", "sent", "put") {
			continue
		}
		who := ""
		if v > 0 && toks[0].flags&(tCap|tPunct) == tCap && capRunEndEN(toks, 0) == v {
			who = text[toks[0].s:toks[v-1].e]
		}
		if who == "" {
			delete(d.docIssuerEN, t.low)
			continue
		}
		if d.docIssuerEN == nil {
			d.docIssuerEN = docIssuers{}
		}
		d.docIssuerEN[t.low] = docIssuer{who, d.units}
	}
}

// capRunEndEN returns the index after the run of capitalised words that
// starts at token i.
func capRunEndEN(toks []token, i int) int {
	for i < len(toks) && toks[i].flags&(tCap|tPunct) == tCap {
		i++
	}
	return i
}
