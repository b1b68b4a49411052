package extract

// "In a Harlow Courier poll released Sunday, 61 percent of voters …",
// "Lee led Bell by six points in a Harlow Courier poll": a finding given
// inside a prepositional phrase naming the poll. The poll's issuer and
// noun are the claimant, as for "A Harlow Courier poll found …"
// (findingNounSpanEN), when the unit has no other claimant and gives a
// figure.

// pollAdjectivesEN may stand between the article and a poll's name.
var pollAdjectivesEN = [...]string{"new", "recent", "latest", "separate", "fresh", "national", "online", "yearly", "annual"}

// inPollEN returns "<Name> poll" (or "survey") when the English unit has a
// figure and holds "in" + "a"/"an"/"the", perhaps adjectives of polls,
// capitalised words and "poll" or "survey"; "" otherwise.
func inPollEN(toks []token, text string) string {
	if !hasFigureEN(toks) {
		return ""
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].low != "in" || !foldIn(toks[i+1].low, "a", "an", "the") {
			continue
		}
		if who := pollNameAt(toks, text, i+2); who != "" {
			return who
		}
	}
	return ""
}

// pollNameAt returns the text from the first capitalised word at or after
// token k (after adjectives of polls) to a "poll" or "survey" right after
// a run of capitalised words; "" if the tokens read otherwise.
func pollNameAt(toks []token, text string, k int) string {
	for k < len(toks) && foldIn(toks[k].low, pollAdjectivesEN[:]...) {
		k++
	}
	first := k
	for k < len(toks) && toks[k].is(tCap) && !toks[k].is(tPunct) && !foldIn(toks[k].low, "poll", "survey") {
		k++
	}
	if k == first || k == len(toks) || !foldIn(toks[k].low, "poll", "survey") {
		return ""
	}
	return text[toks[first].s:toks[k].e]
}

// hasFigureEN reports whether a token is a number, a number word or a
// unit ("percent").
func hasFigureEN(toks []token) bool {
	for i := range toks {
		if toks[i].is(tNum) || toks[i].cat&(cNumWord|cUnit) != 0 {
			return true
		}
	}
	return false
}
