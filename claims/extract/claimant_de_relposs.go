package extract

// "Anders sieht das die Deutsche Verkehrswacht. Nach deren Einschätzung
// ließen sich …": the relative possessive "deren"/"dessen" before a noun
// of communication refers to the source just named, the claimant of the
// unit right before.

// relativePossessiveDE reports whether toks[s:h] holds "deren" or
// "dessen".
func relativePossessiveDE(toks []token, s, h int) bool {
	for k := s; k < h; k++ {
		if toks[k].low == "deren" || toks[k].low == "dessen" {
			return true
		}
	}
	return false
}

// relativeSourceDE returns the claimant of the unit right before, the
// source "nach deren Einschätzung" refers to, or "".
func (d *docState) relativeSourceDE() string {
	if d.sinceClaim != 1 {
		return ""
	}
	return d.prevClaim
}
