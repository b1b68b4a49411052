package extract

// courtFindingEN reports whether v is a verb of finding or ruling
// ("found", "ruled", "held", "decided") whose subject, at most four words
// before it with no punctuation between, is a court or a jury: "The
// appeals court on Monday found that …", "A jury found Lee not guilty".
// A ruling is narrated as a fact of the case (objectActEN), not a claim.
func courtFindingEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "found", "finds", "ruled", "rules", "held", "holds", "decided", "decides") {
		return false
	}
	for i := v - 1; i >= 0 && i >= v-4; i-- {
		if toks[i].is(tPunct) {
			return false
		}
		if foldIn(toks[i].low, "court", "courts", "jury", "juries", "justices", "tribunal") {
			return true
		}
	}
	return false
}
