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

// prepositionOpensDE reports whether the phrase that toks[0] opens is one
// opened by a preposition, so that it cannot be the subject of the verb
// after it. Not so for "von", "vom" and "durch", which name the agent of
// a passive ("Von der Opposition wurde … kritisiert"), nor for words that
// are also conjunctions ("während", "seit", "statt", "anstatt", "bis")
// unless an article follows: "Während Eva Roth ankündigte, …" is a clause
// whose subject stands in it.
func prepositionOpensDE(toks []token) bool {
	w := toks[0].low
	switch w {
	case "von", "vom", "durch":
		return false
	case "während", "seit", "statt", "anstatt", "bis":
		return len(toks) > 1 && toks[1].cat&cDet != 0
	case "gegenüber", "entgegen", "per", "via", "mittels":
		return true // "Gegenüber dieser Zeitung sagte die Ministerin …", "Per Mail berichtet er …"
	}
	return prepositionDE(w) || genitivePrepositionDE(w)
}

// prepositionalVorfeldDE reports whether everything before the verb at v
// is one phrase opened by a preposition ("Innerhalb eines Tages meldeten
// …"): in a German main clause only one phrase stands before the finite
// verb, so the subject follows it. A comma, colon or quotation mark before
// the verb ends the test (a clause or a quotation may name the speaker).
func prepositionalVorfeldDE(toks []token, v int) bool {
	if v < 2 || v > 12 || !prepositionOpensDE(toks) {
		return false
	}
	for k := 1; k < v; k++ {
		if toks[k].is(tPunct) || toks[k].is(tQuote) {
			return false
		}
	}
	return true
}
