package extract

// "A builder lost its appeal, the planning inspectorate said.", "The
// national weather service warned …": a noun for a public body that
// speaks, after a lower-case modifier that tells which body it is, heads
// the subject like a collective noun ("the town council"). Bare, "the
// regulator said" is only a common noun and is left to the body last
// quoted (bodyOfKindEN).

// modifiedBodyNounEN reports whether token i is one of the nouns of
// bodyHeadNounEN after a lower-case word that is no determiner, possessive
// or function word ("…, the week of media claims about …" has no subject "media").
func modifiedBodyNounEN(toks []token, i int) bool {
	if i < 1 || !lowerWord(&toks[i]) || !bodyHeadNounEN(toks[i].low) {
		return false
	}
	p := &toks[i-1]
	return lowerWord(p) && p.cat&(cDet|cStopEN) == 0 && !possessive[p.low]
}

// bodyHeadNounEN reports whether w is a noun for a public body that
// speaks and that collectiveEN leaves out, or for a trade or the media
// speaking as one ("the timber industry warned", "state media reported").
func bodyHeadNounEN(w string) bool {
	return foldIn(w, "authority", "regulator", "watchdog", "inspectorate", "service", "industry", "lobby", "media", "television", "radio")
}
