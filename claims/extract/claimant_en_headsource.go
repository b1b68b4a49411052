package extract

import "strings"

// Wire headlines give their source after a colon or a dash at the end:
// "Port plans to raise fees: official", "Harbor support slips - Tide
// News/Marlow poll". The source is the headline's claimant, written as
// the headline writes it.

// headlineSourceEN returns the source that ends an English headline (a
// unit with no stop or quotation mark at its end) after a colon or a
// dash: one to four words, lower case but for the words before a noun of
// a finding ("Tide News/Marlow poll"), the last one a noun that names a
// source (headlineSourceNounEN); "" for any other unit, so that a
// headline with a columnist's name after the colon ("…: Ann Lee") or a
// section label ("Full coverage: …") gives none.
func headlineSourceEN(toks []token, text string, lex lexicon) string {
	n := len(toks)
	if n < 4 || toks[n-1].is(tPunct) || toks[n-1].is(tQuote) {
		return ""
	}
	c := -1
	for k := n - 2; k >= 2 && k >= n-5; k-- {
		if toks[k].p == ':' || dashToken(&toks[k], text) && toks[k].s > 0 && text[toks[k].s-1] == ' ' {
			c = k
			break
		}
	}
	if c < 0 {
		return ""
	}
	last := &toks[n-1]
	finding := findingNounEN(last.low) && !last.is(tCap)
	for k := c + 1; k < n; k++ {
		if toks[k].is(tPunct) && !gluedPunct(toks, k) || toks[k].is(tCap) && !finding {
			return ""
		}
	}
	if !finding && !headlineSourceNounEN(last, lex) {
		return ""
	}
	return text[toks[c+1].s:last.e]
}

// headlineSourceNounEN reports whether the lower-case word t names a
// source a wire headline cites: an official, a source, an aide
// or a role of the lexicon ("spokesman", "minister").
func headlineSourceNounEN(t *token, lex lexicon) bool {
	w := strings.TrimSuffix(t.low, "s")
	return foldIn(w, "official", "source", "aide", "lawmaker", "witnesse", "witness") || roleOf(t, lex) != ""
}
