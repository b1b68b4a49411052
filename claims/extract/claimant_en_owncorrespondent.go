package extract

// "Our correspondent in Drava reports long queues …": the newsroom's own
// reporter, named by "our" and a noun of the trade, perhaps placed ("in
// Drava", "at the border"), is the source; the place is no claimant.

// ownReporterNounEN reports whether w is a noun for a newsroom's own
// reporter (closed class).
func ownReporterNounEN(w string) bool {
	switch w {
	case "correspondent", "correspondents", "reporter", "reporters":
		return true
	}
	return false
}

// ownCorrespondentEN returns the noun of "Our correspondent (in …)" when
// it opens the unit as the subject of the verb at v, a place phrase of
// "in", "at" or "on" and up to four more words between; "" otherwise.
func ownCorrespondentEN(toks []token, v int) string {
	if v < 2 || toks[0].low != "our" || !ownReporterNounEN(toks[1].low) {
		return ""
	}
	if v == 2 {
		return toks[1].low
	}
	switch toks[2].low {
	case "in", "at", "on":
	default:
		return ""
	}
	if v-3 > 4 {
		return ""
	}
	for k := 3; k < v; k++ {
		if toks[k].is(tPunct) {
			return ""
		}
	}
	return toks[1].low
}
