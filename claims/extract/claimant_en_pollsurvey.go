package extract

// "A poll by the Harlow Institute found …. The survey also found …": news
// writes "poll" and "survey" for the same thing, so a definite "the
// survey" takes up the poll brought up before, and the other way round.

// issuerOfEN returns the issuer remembered for the document noun n; for
// "poll" and "survey", that of the one of the two brought up last.
func (is docIssuers) issuerOfEN(n string) (docIssuer, bool) {
	if n != "poll" && n != "survey" {
		i, ok := is[n]
		return i, ok
	}
	p, okP := is["poll"]
	s, okS := is["survey"]
	if okS && (!okP || s.unit > p.unit) {
		return s, true
	}
	return p, okP
}
