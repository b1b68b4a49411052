package extract

// "The head of the UN refugee agency said …", "The director of the state
// health department told …": a head of a body the text describes with
// words in lower case, a noun for a body last (publicBodyNounEN). As
// with a named body (headOfBodyEN) the speaker is the description.

// headOfLowerBodyEN returns "<head noun> of the <body>" when the subject
// of the English verb of saying v ends in "the", up to three capitalised
// words, up to two words in lower case and a noun for a body, after "The
// <head noun> of" opening the clause; "" otherwise.
func headOfLowerBodyEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 5 || !lowerWord(&toks[e-1]) || !publicBodyNounEN(toks[e-1].low) {
		return ""
	}
	k := e - 2
	for n := 0; n < 2 && k > 0 && lowerWord(&toks[k]) && toks[k].cat == 0; n++ {
		k--
	}
	for n := 0; n < 3 && k > 0 && capWord(&toks[k]) && toks[k].cat&cNotName == 0; n++ {
		k--
	}
	if k < 3 || toks[k].low != "the" || toks[k-1].low != "of" {
		return ""
	}
	h := k - 2
	if !lowerWord(&toks[h]) || !leaderNounEN(toks[h].low) || h < 1 || toks[h-1].low != "the" {
		return ""
	}
	if h >= 2 && !toks[h-2].is(tPunct) && !foldIn(toks[h-2].low, "and", "but") {
		return ""
	}
	return text[toks[h].s:toks[e-1].e]
}
