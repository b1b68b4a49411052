package extract

import "strings"

// Words to take off the front of an English claimant.

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

// adverbInSEN reports whether w is an English adverb that ends in "s" like
// a plural noun ("always", "sometimes", "perhaps"): a closed class that
// never names the group speaking ("as he has always said").
func adverbInSEN(w string) bool {
	return foldIn(w, "always", "sometimes", "perhaps", "nonetheless", "nevertheless", "afterwards", "besides",
		"regardless", "thus", "nowadays", "towards", "whereas", "unless", "across", "is", "was", "has", "does")
}
