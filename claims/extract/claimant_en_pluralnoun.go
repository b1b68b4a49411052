package extract

// pluralNounEN reports whether the speech verb at v is a word that is
// mostly a plural noun ("reports", "charges", "tweets", "remarks") used
// as one: before an auxiliary, a modal or "to be" ("the jobs reports
// aren't telling us much", "the weapons charges are serious", "the
// reports to be issued") or after a quantifier ("Many tweets used the
// tag", "multiple reports reveal"). "Ann Lee reports that …" keeps its
// verb.
func pluralNounEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "reports", "charges", "tweets", "comments", "remarks", "statements", "accusations",
		"questions", "answers", "demands", "warnings", "pledges", "promises", "complaints", "calls") {
		return false
	}
	if v > 0 && foldIn(toks[v-1].low, "many", "several", "few", "numerous", "multiple", "various", "other", "some", "all", "both", "most") {
		return true // "Many tweets used the tag"
	}
	if v+1 >= len(toks) {
		return false
	}
	n := &toks[v+1]
	if n.low == "to" && v+2 < len(toks) && toks[v+2].low == "be" {
		return true // "the reports to be issued"
	}
	return n.cat&(cAux|cModal) != 0 && n.low != "has" && n.low != "is" && n.low != "was" ||
		foldIn(n.low, "aren't", "aren’t", "weren't", "weren’t", "haven't", "haven’t", "will", "can")
}
