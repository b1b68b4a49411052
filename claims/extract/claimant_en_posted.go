package extract

// "… after he posted on X that half the schools were empty", "Ann Lee
// posted on Facebook: …": "posted" is a verb of saying when what follows
// it, after at most the place of posting, is a reported clause or the
// post itself ("that", a colon, a quotation mark). "The bank posted a
// loss" stays no attribution.

// postedSpeechEN reports whether the English token i is "posted" or
// "posts" followed, after an optional "on" and up to three words, by
// "that", a colon or a quotation mark.
func postedSpeechEN(toks []token, text string, i int) bool {
	if toks[i].low != "posted" && toks[i].low != "posts" {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].low == "on" {
		k++
		for n := 0; n < 3 && k < len(toks) && (capWord(&toks[k]) || foldIn(toks[k].low, "social", "media")); n++ {
			k++ // "on X", "on social media", "on Truth Social"
		}
	}
	if k >= len(toks) {
		return false
	}
	return toks[k].low == "that" || toks[k].p == ':' || doubleQuote(&toks[k], text)
}
