package extract

// reportedOnEN reports whether v is "report", "reports" or "reported"
// followed by "on" or "about" and an article or a possessive: "the
// agency reports on the trade gap", "two papers reported on a meeting"
// name the topic of a report, an act the author narrates (objectActEN),
// not a claim. "reported on Monday that …" (a date) keeps its claim.
func reportedOnEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "report", "reports", "reported") || v+2 >= len(toks) || !foldIn(toks[v+1].low, "on", "about") {
		return false
	}
	n := &toks[v+2]
	return n.cat&cDet != 0 || foldIn(n.low, "his", "her", "their", "its", "our")
}
