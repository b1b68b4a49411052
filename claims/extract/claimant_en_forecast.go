package extract

// "The Department of Agriculture forecast on Thursday that output would
// fall": "forecast" and "project" state a claim about what will be when a
// clause with "that" follows; otherwise they are nouns or adjectives as
// often ("the weather forecast", "projected costs").

// forecastThatEN reports whether token i is "forecast", "forecasts",
// "projected" or "projects" with "that" among the four tokens after it,
// no punctuation between ("forecast on Thursday that").
func forecastThatEN(toks []token, i int) bool {
	if !foldIn(toks[i].low, "forecast", "forecasts", "projected", "projects") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].low == "that" {
			return k == i+1 || toks[i+1].low == "on" || toks[i+1].low == "in" || toks[i+1].cat&(cWeekday|cRelDate|cMonth) != 0
		}
		if toks[k].is(tPunct) {
			return false
		}
	}
	return false
}
