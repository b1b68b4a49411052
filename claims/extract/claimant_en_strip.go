package extract

import "strings"

// Closed-class words at the edge of an English claimant: conjunctions to
// take off its front, adverbs that look like plural groups, and a
// capitalised modifier that does not name the source alone.

// dropConjunctionEN drops the subordinating conjunctions and focus
// adverbs that a claimant found before its verb may start with ("though
// critics", "Even though most members", "although experts"): closed-class
// words that never belong to a name or a group's description.
func dropConjunctionEN(c string) string {
	for {
		k := strings.IndexByte(c, ' ')
		if k < 0 || !foldIn(c[:k], "though", "although", "even", "while", "whereas", "because", "unless", "plus", "but", "and") {
			return c
		}
		c = c[k+1:]
	}
}

// adverbInSEN reports whether w is an English adverb, preposition or
// auxiliary that ends in "s" like a plural noun ("always", "sometimes",
// "perhaps", "does"): a closed class that never names the group speaking
// ("as he has always said").
func adverbInSEN(w string) bool {
	return foldIn(w, "always", "sometimes", "perhaps", "nonetheless", "nevertheless", "afterwards", "besides",
		"regardless", "thus", "nowadays", "towards", "whereas", "unless", "across", "does")
}

// capNounPhraseEN returns the English noun phrase from token n when one
// capitalised word there is followed by one to three lower-case nouns up
// to the end of the clause ("according to the Indian government",
// "according to Gaza health officials"): the word modifies the source,
// it does not name it alone. "" otherwise.
func capNounPhraseEN(toks []token, text string, n int) string {
	if n+1 >= len(toks) || !capWord(&toks[n]) || capWord(&toks[n+1]) {
		return "" // one capitalised word: "Indian", "Gaza"; a longer name is the source itself
	}
	if w := text[toks[n].s:toks[n].e]; allCaps(w) || strings.IndexByte(w, '/') >= 0 {
		return "" // "FBI data", "Reuters/Ipsos poll": the body itself is the source
	}
	k := n + 1
	e := k
	for e < len(toks) && e-k < 3 && roleWordEN(&toks[e]) {
		e++
	}
	if e == k || e < len(toks) && !toks[e].is(tPunct) {
		return ""
	}
	return text[toks[n].s:toks[e-1].e]
}
