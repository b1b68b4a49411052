package extract

// gluedLabelEN reports whether an English unit opens with a short label
// glued by its colon to the next word, with no space: "More:Harbor tolls
// rise", "Earlier:Lee calls for a vote", "Talks stall:Port strike goes on".
// Such a label introduces a link to another article, whose headline
// nobody in this one claims. The label holds at most four words and no
// verb of saying ("Lee told reporters:“…”" stays a quotation).
func gluedLabelEN(toks []token) bool {
	for i := 1; i < len(toks) && i <= 4; i++ {
		c := &toks[i]
		if c.p != ':' || !c.is(tPunct) {
			if c.is(tPunct) || c.cat&cSpeech != 0 {
				return false
			}
			continue
		}
		return i+1 < len(toks) && toks[i+1].s == c.e && !toks[i+1].is(tNum) && toks[i-1].e == c.s
	}
	return false
}
