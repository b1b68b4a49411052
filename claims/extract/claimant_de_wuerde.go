package extract

// "Die Kosten seien zu hoch, sagte Roth. Der Staat würde später mehr
// zahlen.": the singular "würde" in second place, right after a unit
// that named a speaker, is reported speech in the Konjunktiv II that
// stands in for "werde". reportedFormDE leaves the singular Ersatzformen
// out ("könnte", "müsste" hedge as often in the author's voice); "würde"
// in a main clause right after a speaker is tried here.

// wuerdeSecondDE reports whether the unit's finite verb in second place
// is "würde": after one word, or after an article or a preposition and
// up to three more words before a capitalised noun ("Der Staat würde",
// "Ohne den Abbau würde", "Eine Haftung einzelner Firmen würde").
func wuerdeSecondDE(toks []token) bool {
	for i := 1; i < len(toks) && i <= 5; i++ {
		if toks[i].is(tPunct) {
			return false
		}
		if toks[i].low == "würde" {
			return i == 1 || capWord(&toks[i-1]) && (toks[0].cat&cDet != 0 || prepositionOpensDE(toks))
		}
	}
	return false
}
