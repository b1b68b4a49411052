package extract

// voicedStanceEN reports whether token i is "expressed"/"voiced" (or
// "expresses"/"voices") with a noun of attitude as its object, within
// three words ("Ann Lee expressed concern that …", "he voiced his
// frustration at …", "has expressed cautious optimism"): the subject takes
// a position, like "warned" or "criticized" (guide: the subject of a verb
// of taking a position). Not read after "to", a modal or "did"
// (stanceBlockEN), after "which"/"that" (a relative clause whose
// antecedent the subject rules do not find), in a passive ("concern was
// expressed") or when no attitude follows ("expressed the package",
// "voiced a character"). Training articles: English right 5870 → 5881,
// right none 10021 → 10019; new right units in 11 articles.
func voicedStanceEN(toks []token, i int) bool {
	if i == 0 || !foldIn(toks[i].low, "expressed", "voiced", "expresses", "voices") {
		return false
	}
	if toks[i-1].is(tPunct) && toks[i-1].p != ',' || stanceBlockEN(toks[i-1].low) || foldIn(toks[i-1].low, "which", "that") || passiveEN(toks, i) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].is(tPunct) || toks[k].is(tCap) {
			return false
		}
		if attitudeNounEN(toks[k].low) {
			return true
		}
	}
	return false
}

// attitudeNounEN reports whether w is a noun of an attitude or feeling
// about a matter, which "expressed"/"voiced" take to report a position.
func attitudeNounEN(w string) bool {
	switch w {
	case "concern", "concerns", "confidence", "doubt", "doubts", "hope", "hopes", "regret", "regrets",
		"frustration", "skepticism", "scepticism", "optimism", "pessimism", "disappointment", "dismay",
		"outrage", "anger", "alarm", "support", "opposition", "reservations", "surprise", "worry", "worries",
		"unease", "annoyance", "fear", "fears", "condolences", "sympathy", "gratitude", "satisfaction",
		"displeasure", "indignation", "trepidation", "shock", "sadness", "relief", "approval", "disapproval",
		"misgivings", "objections", "criticism", "wish", "desire", "willingness":
		return true
	}
	return false
}

// citedStanceEN reports whether token i is "cited"/"cites" with a
// person as its subject right before it ("He cited reports of …", "Ann
// Lee cites the figures"): the person gives those grounds for a position.
// Not in a passive ("was cited") or a participle ("the bureau cited in
// the tweet"), or with a noun subject ("the report cited", "a study
// cites": a document's sources). On training articles: English right
// 5908 → 5911 (3 articles), right none 10018 → 10017.
func citedStanceEN(toks []token, i int) bool {
	if i == 0 || !foldIn(toks[i].low, "cited", "cites") || passiveEN(toks, i) {
		return false
	}
	if i+1 < len(toks) && foldIn(toks[i+1].low, "in", "by", "as") {
		return false // "the bureau cited in the tweet": a participle
	}
	k := i - 1
	for k > 0 && adverbEN[toks[k].low] {
		k-- // "he also cited", "she repeatedly cites"
	}
	if foldIn(toks[k].low, "has", "have", "had") && k > 0 {
		k-- // "he has cited"
	}
	p := &toks[k]
	return foldIn(p.low, "he", "she") || p.is(tCap) && !p.is(tAllCap) && p.cat&(cDet|cNotName) == 0 && k > 0 && toks[k-1].is(tCap)
}
