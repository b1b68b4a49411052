package extract

// statesNameEN returns the verbs of saying of an English unit without
// "States" written capitalised after "United": the name of the country
// ("the United States (all times EST):"), not the verb "states" with
// "United" as its subject. verbs itself when none is such; else a copy.
func statesNameEN(toks []token, verbs []int) []int {
	for i, v := range verbs {
		if statesInNameEN(toks, v) || statesNounEN(toks, v) { // "in five states": the noun (claimant_en_statesnoun.go)
			out := append([]int(nil), verbs[:i]...)
			for _, w := range verbs[i+1:] {
				if !statesInNameEN(toks, w) && !statesNounEN(toks, w) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return verbs
}

// statesInNameEN reports whether token v is "States" in "United States".
func statesInNameEN(toks []token, v int) bool {
	return v > 0 && toks[v].low == "states" && toks[v].is(tCap) && toks[v-1].low == "united"
}
