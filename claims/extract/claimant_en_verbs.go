package extract

// English verbs of communication that the lexicon's verbs of saying
// (speechEN, which also weigh check-worthiness and are left as they are)
// leave out: manner of speaking ("quipped", "shouted"), communicating in
// writing ("emailed", "texted"), and judging in public ("hailed",
// "blasted", "touted"). Verbs that name an act more often than a claim
// ("endorsed", "apologized", "pleaded guilty", "cited") are left out. The claimant finder reads them only
// when a unit has no verb of the lexicon.

// extraSpeechEN reports whether w is the past or third-person present form
// of an English verb of communication or of taking a position that the
// lexicon does not list. A switch, not a map: most units of an English
// text look their words up.
func extraSpeechEN(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w {
	case "quipped", "quips", "joked", "exclaimed", "exclaims", "shouted", "yelled", "whispered", "muttered",
		"implored", "implores", "emailed", "texted", "commented", "proclaimed", "proclaims", "confided",
		"hailed", "hails", "heralded", "applauded", "applauds", "blasted", "blasts", "derided", "derides",
		"mocked", "ridiculed", "lambasted", "scoffed", "touted", "touts", "bragged", "brags", "credited":
		return true
	}
	return false
}

// extraAttribEN returns the tokens of an English unit, outside double
// quotation marks and in lower case, that are verbs of communication by
// extraSpeechEN, in the docState's reused buffer.
func (d *docState) extraAttribEN(toks []token, text string) []int {
	quoted := false
	for i := range toks {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if !quoted && i > 0 && !t.is(tCap) && extraSpeechEN(t.low) {
			d.verbBuf = append(d.verbBuf, i)
		}
	}
	return d.verbBuf
}
