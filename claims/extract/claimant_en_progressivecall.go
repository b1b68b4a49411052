package extract

// "Call" in the progressive names a position when what follows is the
// person or body called something ("Ann Lee is calling the Harbor Board
// “reckless”") or a demand ("is calling for a recount", "is calling on
// the council to resign"), and "declare" when a clause follows ("Ann Lee
// is declaring that she has won"): like the verbs of progressiveVerbEN,
// the subject before the form of "be" is the claimant. Not read: "is
// calling a meeting" (a lower-case object: an act), "were calling every
// day" and "is declaring war".

// progressiveCallEN reports whether token i is "calling" before "for",
// "on" or a capitalised word, or "declaring" before "that".
func progressiveCallEN(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	switch toks[i].low {
	case "calling":
		return n.low == "for" || n.low == "on" || n.is(tCap) && !n.is(tPunct)
	case "declaring":
		return n.low == "that"
	}
	return false
}

// progressiveVerbAtEN reports whether token i is a participle that the
// progressive reads as saying or taking a position: one of
// progressiveVerbEN, or "calling"/"declaring" as progressiveCallEN reads
// them.
func progressiveVerbAtEN(toks []token, i int) bool {
	return progressiveVerbEN(toks[i].low) || progressiveCallEN(toks, i)
}
