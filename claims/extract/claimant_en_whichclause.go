package extract

// relativeObjectEN reports whether the English verb of saying v is the
// verb of a relative clause opened by "which" or "whom" whose subject
// stands between them, at most five words without punctuation: "the
// detention camp, which the governor pledged to close", "64 subpoenas,
// which the committee's members denied". The relative word is the verb's
// object (what was pledged, denied, called something), so the clause
// describes the noun it follows in the author's voice. Left alone: a
// verb followed by an auxiliary or copula, where the speaker asserts a
// clause about the noun ("a tax, which the ministry says is a burden"),
// and a verb followed by a comma or colon and the words said.
func relativeObjectEN(toks []token, v int) bool {
	if v+1 < len(toks) && (bridgeVerbEN(toks[v+1].low) || toks[v+1].p == ',' || toks[v+1].p == ':') {
		return false
	}
	j := clauseWordBeforeEN(toks, v)
	return j >= 0 && foldIn(toks[j].low, "which", "whom")
}

// bridgeVerbEN reports whether w, right after a verb of saying, is an
// auxiliary or a form of "be" that opens the clause said about the
// relative word ("which she says is", "which they said would").
func bridgeVerbEN(w string) bool {
	return foldIn(w, "is", "are", "was", "were", "be", "has", "have", "had", "would", "will", "could", "can", "may", "might", "should", "must", "does", "did")
}
