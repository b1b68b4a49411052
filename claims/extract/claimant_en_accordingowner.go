package extract

import "strings"

// "according to the weather service's 5 p.m. advisory", "according to
// Powerwatch's own figures", "according to the board's winter plan": the
// source is the owner of the document or the figures, not the document
// with its time or adjectives.

// ownerReachEN is how many words may follow the owner before the noun of
// the document or the figures ("5 p.m. advisory", "own winter plan").
const ownerReachEN = 6

// accordingOwnerEN returns the owner of the document or figures after the
// English "according to" at v: a capitalised name in the possessive
// ("Powerwatch's") without its ending, or after "the" one or two words in
// lower case in the possessive ("the weather service's"), given as the
// body the text named before with that head noun when there is one
// ("the board's" after "the Northern Health Board"); "" when no possessive
// opens the phrase or no document or figures noun follows it.
func (d *docState) accordingOwnerEN(toks []token, text string, v int) string {
	s := v + 2
	if s >= len(toks) || toks[v+1].low != "to" {
		return ""
	}
	p, lower := s, false
	if toks[s].low == "the" {
		p, lower = s+1, true
	}
	for p < len(toks) && p < s+3 && !possessiveWordEN(&toks[p]) {
		if toks[p].is(tPunct) || lower && toks[p].is(tCap) || !lower && !ownerWordEN(toks, text, p) {
			return ""
		}
		p++
	}
	if p >= len(toks) || !possessiveWordEN(&toks[p]) || lower && toks[p].is(tCap) || !lower && !ownerWordEN(toks, text, p) || !ownedRecordEN(toks, p+1) {
		return ""
	}
	b := s
	if lower {
		b = s + 1
	}
	owner := trimPossessiveEN(text[toks[b].s:toks[p].e])
	if !lower {
		return owner
	}
	noun := owner[strings.LastIndexByte(owner, ' ')+1:]
	if d.lastBodyEN != "" && headMatchesEN(bodyHeadEN(d.lastBodyEN), noun) {
		return d.lastBodyEN // "the board's plan" after the board was quoted
	}
	if body := d.bodyByHeadEN(noun); body != "" {
		return body
	}
	return owner
}

// possessiveWordEN reports whether t is a word in the possessive ("board's",
// "Powerwatch’s", "members'").
func possessiveWordEN(t *token) bool {
	w := t.low
	return !t.is(tPunct) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")))
}

// trimPossessiveEN takes the possessive ending off name.
func trimPossessiveEN(name string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(name, suf) {
			return name[:len(name)-len(suf)]
		}
	}
	return name
}

// ownedRecordEN reports whether a noun of a document (documentNounEN) or
// of figures follows from token i within ownerReachEN words, before a
// comma or the end of the clause.
func ownedRecordEN(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+ownerReachEN; k++ {
		t := &toks[k]
		if t.p == ',' || t.p == ';' || t.is(tQuote) {
			return false
		}
		if !t.is(tPunct) && (documentNounEN(t.low) || figuresNounEN(t.low)) {
			return true
		}
	}
	return false
}

// figuresNounEN reports whether w names figures, research or a plan that
// a body or a person publishes ("own figures", "latest data", "winter
// plan", "Lee's research").
func figuresNounEN(w string) bool {
	return foldIn(w, "figures", "data", "statistics", "estimates", "estimate", "records", "numbers", "count", "tally",
		"update", "forecast", "forecasts", "plan", "analysis", "accounts", "minutes", "notice", "bulletin",
		"research", "calculations", "projections", "polling", "tracking")
}

// ownerWordEN reports whether the token at k may be a word of a name: a
// capitalised word, or a surname with a lower-case particle and a hyphen
// before its capital ("al-Nadiri", "el-Sayed", "bin-Talal": particleWordEN's
// kind, written as one token).
func ownerWordEN(toks []token, text string, k int) bool {
	if capWord(&toks[k]) {
		return true
	}
	w := text[toks[k].s:toks[k].e]
	h := strings.IndexByte(w, '-')
	return h > 0 && h <= 3 && h+1 < len(w) && w[h+1] >= 'A' && w[h+1] <= 'Z'
}
