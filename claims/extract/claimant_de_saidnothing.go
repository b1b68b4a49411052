package extract

// "Am Montag sagte der Sprecher nichts.", "Der Verband äußerte sich dazu
// nicht": a verb of saying whose clause says that nothing was said names
// a speaker but no claim, like an act of speaking (topicClauseDE).

// saidNothingDE reports whether "nichts" stands after the German verb of
// saying v in its clause (up to the next punctuation, within eight words):
// a statement made would follow a comma or a colon.
func saidNothingDE(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+8 && !toks[k].is(tPunct); k++ {
		if toks[k].low == "nichts" {
			return true
		}
	}
	return false
}
