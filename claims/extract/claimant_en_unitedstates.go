package extract

// statesNameEN returns the verbs of saying of an English unit without
// "States" written capitalised after "United": the name of the country
// ("the United States (all times EST):"), not the verb "states" with
// "United" as its subject, and without a word in "-s" that a number
// counts (measureNounEN: "by 58 points"). verbs itself when none is such;
// else a copy.
func statesNameEN(toks []token, verbs []int) []int {
	for i, v := range verbs {
		if pluralNotVerbEN(toks, v) {
			out := append([]int(nil), verbs[:i]...)
			for _, w := range verbs[i+1:] {
				if !pluralNotVerbEN(toks, w) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return verbs
}

// pluralNotVerbEN reports whether the verb of saying at v is a noun in
// "-s": "States" of "United States", "states" as the noun ("in five
// states": claimant_en_statesnoun.go) or a noun a number counts ("by 58
// points": claimant_en_measurenoun.go).
func pluralNotVerbEN(toks []token, v int) bool {
	return statesInNameEN(toks, v) || statesNounEN(toks, v) || measureNounEN(toks, v)
}

// statesInNameEN reports whether token v is "States" in "United States".
func statesInNameEN(toks []token, v int) bool {
	return v > 0 && toks[v].low == "states" && toks[v].is(tCap) && toks[v-1].low == "united"
}
