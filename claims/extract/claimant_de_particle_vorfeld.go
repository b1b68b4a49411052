package extract

// A German main clause has one constituent before its verb (Vorfeld). A
// focus particle or adverb may open it together with a noun phrase: "Auch
// die Gewerkschaft kündigte Widerstand an", "Sogar der Verband warnte" —
// the particle is no part of the subject's name, and the noun phrase is the
// subject, so a lone noun after the verb is its object. The same holds for
// a demonstrative determiner before a noun ("Dieser Verband kündigte
// Widerstand an").

// particleVorfeldDE reports whether the Vorfeld before the verb at v is a
// particle or adverb followed by an article ("Auch die …", "Sogar der …"),
// or a demonstrative followed by a capitalised noun ("Dieser Verband"),
// so that the words up to v are one noun phrase, not an adverb alone.
func particleVorfeldDE(toks []token, v int) bool {
	if v < 2 || !capWord(&toks[1]) && toks[1].cat&cDet == 0 {
		return false
	}
	w := toks[0].low
	switch {
	case toks[1].cat&cDet != 0:
		return adverbsDE[w] || adverbsOpenDE[w] || closedLowDE[w] && toks[0].cat&cDet == 0
	case capWord(&toks[1]) && toks[1].cat&cDet == 0:
		return demonstrativeDetDE(w)
	}
	return false
}

// demonstrativeDetDE reports whether w is a German demonstrative that can
// stand as a determiner before a noun.
func demonstrativeDetDE(w string) bool {
	switch w {
	case "dieser", "diese", "dieses", "jener", "jene", "jenes":
		return true
	}
	return false
}

// particleHeadDE reports whether the word before a genitive article is a
// particle, adverb or other closed-class word, so that "der Verband" after
// it is no genitive of it ("Auch der Verband", "Sogar der Verband").
func particleHeadDE(low string) bool {
	return adverbsDE[low] || adverbsOpenDE[low] || closedLowDE[low]
}
