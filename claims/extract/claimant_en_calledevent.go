package extract

// calledEventEN reports whether v is "call", "calls" or "called" in the
// sense of convening or cancelling, not naming or demanding: followed by
// "off" ("called off the search") or by an article or "no" and, within
// three words, a noun of an event or a step in a procedure ("called an
// emergency meeting", "called a snap election", "called no witnesses").
func calledEventEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "call", "calls", "called") || v+1 >= len(toks) {
		return false
	}
	n := &toks[v+1]
	if n.low == "off" {
		return true
	}
	if n.cat&cDet == 0 && n.low != "no" {
		return false
	}
	for i := v + 2; i < len(toks) && i <= v+4; i++ {
		if toks[i].is(tPunct) {
			return false
		}
		if foldIn(toks[i].low, "meeting", "meetings", "session", "sessions", "vote", "votes", "referendum", "election", "elections",
			"strike", "strikes", "halt", "recess", "hearing", "hearings", "conference", "summit", "witness", "witnesses", "truce", "ceasefire") {
			return true
		}
	}
	return false
}
