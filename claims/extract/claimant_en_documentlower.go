package extract

// "A report by the state transportation department found …": the issuer
// after "from"/"by" is written in lower case, a few words that end in a
// noun for a part of a government (governmentNounEN) right before the
// verb group. documentFromEN takes only capitalised names.

// maxLowerIssuer is the most words of a lower-case issuer after "the".
const maxLowerIssuer = 4

// lowerIssuerEN returns the span from toks[s] to the token before e when
// that is "the" followed by at most maxLowerIssuer lower-case words, no
// punctuation, the last a government noun; "" otherwise.
func lowerIssuerEN(toks []token, text string, s, e int) string {
	if s < 1 || toks[s-1].low != "the" || e-s > maxLowerIssuer || e <= s {
		return ""
	}
	for k := s; k < e; k++ {
		if t := &toks[k]; t.is(tPunct) || t.is(tCap) {
			return ""
		}
	}
	if !governmentNounEN(toks[e-1].low) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}
