package extract

// "A separate poll by Ipsos for the Ledger found …": a document by an
// issuer named after "by" (documentFromEN), with the paper that
// commissioned it after "for", is the issuer's; the paper is not the
// claimant.

// commissionedEndEN returns the end of the issuer's name that starts at s
// when the paper that commissioned the document follows it up to e
// (commissionerTailEN); -1 otherwise.
func commissionedEndEN(toks []token, s, e int) int {
	f := s
	for f < e && (capWord(&toks[f]) || f > s && foldIn(toks[f].low, "of", "and")) {
		f++
	}
	if f == s || !capWord(&toks[f-1]) || !commissionerTailEN(toks, f, e) {
		return -1
	}
	return f
}

// commissionerTailEN reports whether the tokens from f to e are "for",
// perhaps "the", capitalised words (the paper that commissioned the
// document), then nothing or words saying when (whenWordsEN).
func commissionerTailEN(toks []token, f, e int) bool {
	if f >= e || toks[f].low != "for" {
		return false
	}
	c := f + 1
	if c < e && toks[c].low == "the" {
		c++
	}
	n := c
	for n < e && capWord(&toks[n]) {
		n++
	}
	return n > c && (n == e || whenWordsEN(toks[n:e]))
}
