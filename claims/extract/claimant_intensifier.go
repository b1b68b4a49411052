package extract

// intensifierBefore returns v-1 when an intensifying pronoun ("selbst",
// "selber", "himself", "herself", "themselves", "itself") stands right
// before token v after a word, so that the subject before it is found as
// if it were not there: "Er selbst sagte", "Jan Roth selbst erklärte",
// "Lee herself said". Else it returns v.
func intensifierBefore(toks []token, v int) int {
	if v < 2 || toks[v-2].is(tPunct) {
		return v
	}
	switch toks[v-1].low {
	case "selbst", "selber", "himself", "herself", "themselves", "itself":
		return v - 1
	}
	return v
}
