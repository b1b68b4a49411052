package extract

// "…, according to preliminary data from the national statistics office
// released on Thursday.": the source after "from" or "by" is a body named
// by a description in lower case; it ends at the body's noun, not at the
// clause's end ("released on Thursday" is no part of it).

// describedBodyAtEN returns the description of a body from token k, after
// an optional determiner: at most three lower-case words ending in a noun
// for a body that speaks (bodyNounEN: "national statistics office",
// "central bank", "health ministry"); "" when the words reach no such
// noun, or a function word or a capital comes first.
func describedBodyAtEN(toks []token, text string, k int) string {
	if k < len(toks) && toks[k].cat&cDet != 0 {
		k++
	}
	for e := k; e < len(toks) && e-k < 4; e++ {
		t := &toks[e]
		if !lowerWord(t) || t.cat&cStopEN != 0 {
			return ""
		}
		if bodyNounEN(t.low) {
			return text[toks[k].s:t.e]
		}
	}
	return ""
}
