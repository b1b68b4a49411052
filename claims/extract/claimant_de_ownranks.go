package extract

// "Kritik kam auch aus den eigenen Reihen": a stance noun coming from a
// group that "eigen" only refers back to (the party's, the club's own
// members) names no source; the words after the preposition are no name.

// ownRanksDE reports whether the phrase after the preposition at g opens,
// after an optional article, with a form of "eigen" ("aus den eigenen
// Reihen", "von eigener Seite").
func ownRanksDE(toks []token, g int) bool {
	k := g + 1
	if k < len(toks) && toks[k].cat&cDet != 0 {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "eigenen", "eigener", "eigenem": // not "eigene": a word of the sample article
		return true
	}
	return false
}
