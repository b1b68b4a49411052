package extract

// "17.20 Uhr: Landrat Eva Roth sagte dem Sender …": an entry of a German
// live ticker opens with the time it was posted ("17.20 Uhr:", "17:20
// Uhr -", "17:20:"); the sentence, and its subject, begin after the time.
// stampedClaimant reads the unit from there, as for English
// (timeStampEndEN).

// timeStampEndDE returns the token after a time that opens the German unit
// (hours and minutes with a dot or colon, then "Uhr" and/or a colon or
// dash) when a capitalised word follows; 0 when the unit opens with no
// time.
func timeStampEndDE(toks []token, text string) int {
	n := clockDE(toks, text)
	if n == 0 {
		return 0
	}
	uhr := n < len(toks) && toks[n].low == "uhr"
	if uhr {
		n++
	}
	mark := n < len(toks) && (toks[n].p == ':' || isDashToken(text[toks[n].s:toks[n].e]))
	if mark {
		n++
	}
	if !mark || len(toks)-n < minStampedSentence || !capWord(&toks[n]) {
		return 0
	}
	return n
}

// clockDE returns the token after hours and minutes that open the unit,
// written "17.20" (one token) or "17:20" (clockEN); 0 otherwise.
func clockDE(toks []token, text string) int {
	if len(toks) >= 3 && clockEN(toks, text) {
		return 3
	}
	if len(toks) == 0 || !toks[0].is(tNum) {
		return 0
	}
	w := text[toks[0].s:toks[0].e]
	if len(w) < 4 || len(w) > 5 || w[len(w)-3] != '.' || !allDigits(w[:len(w)-3]) || !allDigits(w[len(w)-2:]) {
		return 0
	}
	return 1
}
