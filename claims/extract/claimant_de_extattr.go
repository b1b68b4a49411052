package extract

// "…, schrieb die in Porto geborene Sängerin Lia Moura", "teilte die zur
// Hochschule Oberfeld gehörende Musikschule mit": a German article may
// open an extended attribute, a prepositional phrase closed by a
// participle or adjective, before its noun. The names inside the phrase
// are the preposition's objects; the subject is the noun after the
// participle.

// extendedAttributeHeadDE returns the first capitalised word after an
// extended attribute that opens right after the article at art: a
// preposition, at most eight words that end before a lower-case
// inflected word (the participle or adjective, "geborene", "zuständige"),
// and the capitalised noun right after it; -1 when no preposition follows
// the article or no such word closes the phrase.
func extendedAttributeHeadDE(toks []token, art int) int {
	if art+1 >= len(toks) || !prepositionDE(toks[art+1].low) {
		return -1
	}
	for k := art + 2; k+1 < len(toks) && k-art <= 10; k++ {
		t := &toks[k]
		if t.is(tPunct) || t.is(tQuote) {
			return -1
		}
		if k > art+2 && !t.is(tCap) && inflectedDE(t.low) && t.cat&cDet == 0 && capWord(&toks[k+1]) {
			return k + 1 // "die in Porto geborene Sängerin"
		}
	}
	return -1
}
