package extract

// "10:32 A spokeswoman for the coast guard said …": an entry of a live
// blog opens with the time it was posted; the sentence, and its subject,
// begin after the time. The claimant rules read the unit from there.

// minStampedSentence is the fewest tokens of the sentence after the time.
const minStampedSentence = 3

// timeStampEndEN returns the token after a time that opens the English
// unit ("10:32", "9:05 a.m.", perhaps with a dash or colon after it) when a
// capitalised word follows it; 0 when the unit opens with no time.
func timeStampEndEN(toks []token, text string) int {
	if len(toks) < 3 || !clockEN(toks, text) {
		return 0
	}
	n := 3
	if n < len(toks) && meridiemEN(toks[n].low) {
		n++
		if n < len(toks) && toks[n].p == '.' && toks[n].s == toks[n-1].e {
			n++
		}
	}
	if n < len(toks) && (toks[n].p == ':' || isDashToken(text[toks[n].s:toks[n].e])) {
		n++
	}
	if len(toks)-n < minStampedSentence || !capWord(&toks[n]) {
		return 0
	}
	return n
}

// clockEN reports whether the unit opens with hours and minutes written
// with a colon and no space ("10:32"): at most two digits, then two.
func clockEN(toks []token, text string) bool {
	h, c, m := &toks[0], &toks[1], &toks[2]
	if !h.is(tNum) || c.p != ':' || !m.is(tNum) || c.s != h.e || m.s != c.e {
		return false
	}
	return h.e-h.s <= 2 && m.e-m.s == 2 && allDigits(text[h.s:h.e]) && allDigits(text[m.s:m.e])
}

// meridiemEN reports whether w marks the morning or afternoon.
func meridiemEN(w string) bool {
	return w == "a.m" || w == "p.m" || w == "am" || w == "pm"
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stampedClaimant finds the unit's claimant; an English unit that opens
// with a time (timeStampEndEN) is read from the token after it, its
// speech verbs shifted to match; so is a German unit (timeStampEndDE).
func (d *docState) stampedClaimant(toks []token, text string, a *analysis, de bool, lex lexicon) string {
	n := 0
	if !de {
		n = timeStampEndEN(toks, text)
	} else if len(toks) > 0 && toks[0].is(tNum) {
		n = timeStampEndDE(toks, text) // "17.20 Uhr: Landrat Eva Roth sagte …"
	}
	if n == 0 {
		return d.claimant(toks, text, a, de, lex)
	}
	b := *a
	b.attrib = nil
	for _, i := range a.attrib {
		if i >= n {
			b.attrib = append(b.attrib, i-n)
		}
	}
	return d.claimant(toks[n:], text, &b, de, lex)
}
