package extract

// "A report by the state transportation department found …": the issuer
// after "from"/"by" is written in lower case, a few words that end in a
// noun for a public body (publicBodyNounEN) right before the verb group.
// documentFromEN takes only capitalised names.

// maxLowerIssuer is the most words of a lower-case issuer after "the".
const maxLowerIssuer = 4

// lowerIssuerEN returns the span from toks[s] to the token before e when
// lowerIssuerOKEN holds for it; "" otherwise.
func lowerIssuerEN(toks []token, text string, s, e int) string {
	if !lowerIssuerOKEN(toks, s, e) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}

// lowerIssuerOKEN reports whether toks[s:e] follow "the" and are at most
// maxLowerIssuer lower-case words, no punctuation, the last a noun for a
// public body (publicBodyNounEN: "department", "commission", "board") or
// for a public office that reports (officeIssuerEN: "auditor").
func lowerIssuerOKEN(toks []token, s, e int) bool {
	if s < 1 || toks[s-1].low != "the" || e-s > maxLowerIssuer || e <= s {
		return false
	}
	for k := s; k < e; k++ {
		if t := &toks[k]; t.is(tPunct) || t.is(tCap) {
			return false
		}
	}
	return publicBodyNounEN(toks[e-1].low) || officeIssuerEN(toks, s, e) // "department", "commission", "board"; "state auditor" (claimant_en_officeissuer.go)
}

// lowerIssuerBeforeEN reports whether the document noun at toks[n] is
// followed by "by" or "from", "the" and a lower-case issuer that
// lowerIssuerEN takes, right before token v ("a report by the state
// transportation department showed").
func lowerIssuerBeforeEN(toks []token, n, v int) bool {
	if n+3 >= v || toks[n+1].low != "by" && toks[n+1].low != "from" || toks[n+2].low != "the" {
		return false
	}
	return lowerIssuerOKEN(toks, n+3, v)
}
