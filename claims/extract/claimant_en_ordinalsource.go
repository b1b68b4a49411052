package extract

// "…,” said the second official.", "…,” the second source told Reuters.":
// a definite source counted apart from one described before ("the
// second", "the third", "the other") is another unnamed source, not the
// one describedRefEN takes up; the guide keeps a described source as
// written.

// ordinalSourceEN returns "the second official" when who is none and the
// subject of a verb of saying of the unit is "the", a word that counts it
// apart (ordinalApartEN) and a source's noun (headlineSourceNounEN): right
// after the verb that follows a quotation or comma, up to the end of the
// clause ("said the second official."), or right before the verb at the
// start of a clause ("the second source told"); who otherwise.
func ordinalSourceEN(u *claimUnit, who string) string {
	if who != "" {
		return who
	}
	toks := u.toks
	for _, v := range u.verbs {
		if s := v + 1; v > 0 && afterQuoteOrComma(toks, v) && s+3 <= len(toks) && (s+3 == len(toks) || toks[s+3].is(tPunct)) && ordinalSourceAt(toks, s, u.lex) {
			return u.text[toks[s].s:toks[s+2].e] // "…,” said the second official."
		}
		if s := v - 3; s >= 0 && (s == 0 || afterQuoteOrComma(toks, s)) && ordinalSourceAt(toks, s, u.lex) {
			return u.text[toks[s].s:toks[s+2].e] // "…,” the second source told Reuters."
		}
	}
	return who
}

// ordinalSourceAt reports whether toks[s:s+3] read "the", a word of
// ordinalApartEN and a source's noun in lower case.
func ordinalSourceAt(toks []token, s int, lex lexicon) bool {
	return s >= 0 && s+2 < len(toks) && toks[s].low == "the" && ordinalApartEN(toks[s+1].low) && !toks[s+2].is(tCap) && headlineSourceNounEN(&toks[s+2], lex)
}

// ordinalApartEN reports whether w counts a source apart from one named
// before ("the second official", "the other source").
func ordinalApartEN(w string) bool {
	return foldIn(w, "second", "third", "fourth", "other")
}

// afterQuoteOrComma reports whether toks[k-1] is a quotation mark or a
// punctuation mark.
func afterQuoteOrComma(toks []token, k int) bool {
	return toks[k-1].is(tPunct) || toks[k-1].is(tQuote)
}
