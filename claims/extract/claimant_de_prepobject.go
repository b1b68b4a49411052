package extract

// A German verb at the end of its clause ("… können sich von der
// Beratungsstelle der Stadt informieren lassen") has the object of a
// preposition right before it, not its subject: a noun after a
// preposition and an article is never the subject.

// prepObjectDE reports whether the name at token k, or the noun that heads
// it with a genitive ("Beratungsstelle der Stadt" for "Stadt"), follows a
// preposition and an article, perhaps with adjectives between ("von der
// neuen Beratungsstelle").
func prepObjectDE(toks []token, k int) bool {
	if h := genitiveHeadDE(toks, k); h >= 0 {
		k = h
	}
	j := k - 1
	for j >= 0 && k-j <= 3 && lowerWord(&toks[j]) && toks[j].cat&cDet == 0 && inflectedDE(toks[j].low) {
		j-- // "der neuen"
	}
	return j >= 1 && toks[j].cat&cDet != 0 && prepositionsBeforeDE[toks[j-1].low]
}
