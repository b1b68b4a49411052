package extract

// "Asked whether he thought the tweet was enough, Kasich said …": a verb
// of saying in a clause opened by "whether" is part of a question put to
// someone, not what its subject said.

// whetherClauseEN reports whether "whether" stands in the five words
// before the English verb v, with no punctuation between.
func whetherClauseEN(toks []token, v int) bool {
	for k := v - 1; k >= 0 && v-k <= 5; k-- {
		if toks[k].is(tPunct) {
			return false
		}
		if toks[k].low == "whether" {
			return true
		}
	}
	return false
}
