package extract

// "Dieser Arzt, Antonio Noja, schilderte …", "Der Arzt, Antonio Noja,
// sagte …": a noun phrase opens the sentence and the person's name follows
// it between commas, right before the verb of saying. The person speaks.
// Read as "…, sagte der X" (a quotation's end), the words after the verb
// gave the claimant ("gegenüber der Bildzeitung"); read as a body that
// opens the sentence, the noun did ("Arzt").

// nounAppositionDE returns the name between the two commas of a unit
// that opens with an article or a demonstrative, at most two more words
// and a comma, then two to four capitalised words and a comma right
// before the verb of saying v; "" otherwise.
func nounAppositionDE(toks []token, text string, v int) string {
	if v < 6 || toks[v-1].p != ',' || !(toks[0].cat&cDet != 0 || demonstrativeDetDE(toks[0].low)) {
		return ""
	}
	c := 1
	for c < v && c <= 3 && toks[c].p != ',' {
		if toks[c].is(tPunct) {
			return ""
		}
		c++
	}
	if toks[c].p != ',' || !capWord(&toks[c-1]) {
		return "" // "Der Arzt," (the noun ends the phrase)
	}
	if n := v - 1 - (c + 1); n < 2 || n > 4 || !capSegment(toks, c+1, v-1) {
		return ""
	}
	for k := c + 1; k < v-1; k++ {
		if toks[k].cat&(cDet|cNotName|cRole|cMonth|cWeekday) != 0 {
			return "" // not "Der Plan, Ende März, …"
		}
	}
	return text[toks[c+1].s:toks[v-2].e]
}
