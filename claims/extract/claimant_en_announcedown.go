package extract

// announcedOwnEN reports whether v is "announced" or "announces" with a
// possessive pronoun right after it: "Ann Lee announced her resignation",
// "the band announces its plans for a tour" name the subject's own step,
// an act the author narrates (objectActEN), not a claim. "announced a new
// pier plan" keeps its announcer (TestMediaLabelEN).
func announcedOwnEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "announced", "announces") || v+1 >= len(toks) {
		return false
	}
	return foldIn(toks[v+1].low, "his", "her", "their", "its", "our")
}
