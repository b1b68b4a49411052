package extract

// quantityBeforeDE reports whether a number stands right before the
// capitalised word at k, so the words from k are the unit of a quantity
// ("auf 240 Millionen Euro beziffert", "3 Grad"), no name of a speaker.
func quantityBeforeDE(toks []token, k int) bool {
	return k > 0 && toks[k-1].is(tNum)
}
