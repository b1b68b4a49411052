package extract

// German prepositions that govern the genitive (and a few others that
// open a fronted adverbial: "binnen", "dank"). A phrase they open is never
// the subject of the verb after it: "Während des Tages meldeten die
// Behörden …", "Anstelle des Ministers sprach die Sprecherin …" — the
// speaker stands after the verb. "seitens" is not here: "Seitens des
// Ministeriums hieß es …" names its speaker.

// genitivePrepositionDE reports whether w (lower case) is such a
// preposition.
func genitivePrepositionDE(w string) bool {
	switch w {
	case "während", "innerhalb", "außerhalb", "oberhalb", "unterhalb", "anstelle", "statt", "anstatt",
		"infolge", "aufgrund", "angesichts", "binnen", "jenseits", "diesseits", "abseits", "inmitten",
		"anlässlich", "bezüglich", "hinsichtlich", "zugunsten", "zuungunsten", "ungeachtet", "mithilfe",
		"mittels", "dank", "trotz", "wegen", "entlang", "unweit", "nahe", "inklusive", "exklusive",
		"zwecks", "abzüglich", "zuzüglich", "einschließlich", "ausschließlich", "zulasten", "kraft":
		return true
	}
	return false
}

// prepositionOpensDE reports whether the token at i is a preposition, so
// that the phrase it opens cannot be a subject.
func prepositionOpensDE(t *token) bool {
	return prepositionDE(t.low) || genitivePrepositionDE(t.low)
}

// prepositionalVorfeldDE reports whether everything before the verb at v
// is one phrase opened by a preposition ("Innerhalb eines Tages meldeten
// …"): in a German main clause only one phrase stands before the finite
// verb, so the subject follows it. A comma, colon or quotation mark before
// the verb ends the test (a clause or a quotation may name the speaker).
func prepositionalVorfeldDE(toks []token, v int) bool {
	if v < 2 || v > 12 || !prepositionOpensDE(&toks[0]) {
		return false
	}
	for k := 1; k < v; k++ {
		if toks[k].is(tPunct) || toks[k].is(tQuote) {
			return false
		}
	}
	return true
}
