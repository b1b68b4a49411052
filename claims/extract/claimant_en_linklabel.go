package extract

// linkLabelEN reports whether an English unit is a link to another page
// set into the article rather than running text: a headline followed by
// the link's label "Read more", or a list of links opened by "Related"
// ("Related: …", "Related Coverage …") or "More:". The headline belongs
// to the other article; nobody in this one claims it.
func linkLabelEN(toks []token) bool {
	n := len(toks)
	if gluedLabelEN(toks) {
		return true // "Earlier:Lee calls for a vote" (claimant_en_gluedlabel.go)
	}
	if n >= 3 && toks[n-2].low == "read" && toks[n-1].low == "more" {
		return true
	}
	if n >= 2 && toks[0].low == "related" && (toks[1].p == ':' || toks[1].low == "coverage") {
		return true
	}
	return n >= 2 && toks[0].low == "more" && toks[1].p == ':'
}
