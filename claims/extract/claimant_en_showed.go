package extract

// "A survey by the Harlow Courier showed that …": "show" says what a
// poll, survey, study or report found, and its issuer is the claimant as
// for "found". It is a verb of saying only with such a subject ("the
// video shows", "she showed her badge" are not).

// maxFindingSubject is the most tokens between the document noun and
// "show" ("a survey by the Harlow Courier showed").
const maxFindingSubject = 6

// showedFindingEN reports whether token i is "show", "shows" or "showed"
// after a poll, survey, study or report noun at most maxFindingSubject
// tokens before it, no punctuation between, whose issuer is named: a
// capitalised word (not the unit's first) in those tokens or right before
// the noun ("A survey by the Harlow Courier", "A Harlow Courier poll").
// Plural "polls show" names no issuer and is left alone.
func showedFindingEN(toks []token, i int) bool {
	if w := toks[i].low; w != "show" && w != "shows" && w != "showed" {
		return false
	}
	named := false
	for k := i - 1; k >= 0 && i-k <= maxFindingSubject; k-- {
		t := &toks[k]
		if t.is(tPunct) {
			return false
		}
		if !t.is(tCap) && foldIn(t.low, "poll", "survey", "study", "report", "analysis") {
			return named || k >= 2 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct)
		}
		named = named || k > 0 && t.is(tCap)
	}
	return false
}
