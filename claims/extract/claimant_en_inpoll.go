package extract

import "strings"

// "In a Harlow Courier poll released Sunday, 61 percent of voters …",
// "Lee led Bell by six points in a Harlow Courier poll": a finding given
// inside a prepositional phrase naming the poll. The poll's issuer and
// noun are the claimant, as for "A Harlow Courier poll found …"
// (findingNounSpanEN), when the unit has no other claimant and gives a
// figure.

// pollAdjectivesEN may stand between the article and a poll's name.
var pollAdjectivesEN = [...]string{"new", "recent", "latest", "separate", "fresh", "national", "online", "yearly", "annual"}

// inPollEN returns "<Name> poll" (or "survey") when the English unit has a
// figure and holds "in" + "a"/"an"/"the", perhaps adjectives of polls,
// capitalised words and "poll" or "survey"; "" otherwise.
func inPollEN(toks []token, text string) string {
	if !hasFigureEN(toks) {
		return ""
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].low != "in" {
			continue
		}
		k := i + 1
		switch {
		case foldIn(toks[k].low, "a", "an", "the"):
			k++
		case possessiveDate(&toks[k]):
			k++ // "In May's Harlow Courier poll"
		default:
			continue
		}
		if who := pollNameAt(toks, text, k); who != "" {
			return who
		}
	}
	return ""
}

// possessiveDate reports whether t is a month or weekday with "'s" or
// "’s" ("May's", "Sunday’s"; "May" is also a modal verb in the lexicon).
func possessiveDate(t *token) bool {
	stem, ok := strings.CutSuffix(t.low, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(t.low, "’s")
	}
	return ok && (wordCategory(stem)&(cMonth|cWeekday) != 0 || stem == "may" && t.is(tCap))
}

// inPollRefineEN gives a unit with a finding inside "in a <Name> poll"
// (inPollEN) that poll as claimant when the rules found none, or when the
// unit gives a share of respondents: "61 percent of voters said …, in a
// Harlow Courier poll" is the poll's finding, not the voters' claim.
func inPollRefineEN(toks []token, text, who string) string {
	if who != "" && !shareEN(toks) {
		return who
	}
	if p := inPollEN(toks, text); p != "" {
		return p
	}
	return who
}

// pollNameAt returns the text from the first capitalised word at or after
// token k (after adjectives of polls, months and weekdays) to a "poll" or
// "survey" right after a run of capitalised words; "" if the tokens read
// otherwise.
func pollNameAt(toks []token, text string, k int) string {
	for k < len(toks) && (foldIn(toks[k].low, pollAdjectivesEN[:]...) || toks[k].cat&(cMonth|cWeekday) != 0) {
		k++ // "the latest", "the July survey": no part of a name
	}
	first := k
	for k < len(toks) && toks[k].is(tCap) && !toks[k].is(tPunct) && !foldIn(toks[k].low, "poll", "survey") {
		k++
	}
	if k == first || k == len(toks) || !foldIn(toks[k].low, "poll", "survey") {
		return ""
	}
	return text[toks[first].s:toks[k].e]
}

// hasFigureEN reports whether a token is a number, a number word or a
// unit ("percent").
func hasFigureEN(toks []token) bool {
	for i := range toks {
		if toks[i].is(tNum) || toks[i].cat&(cNumWord|cUnit) != 0 {
			return true
		}
	}
	return false
}

// pollShareEN returns the issuer of the poll or survey the text brought up
// at most docReachEN units before when the English unit gives a share of
// respondents ("44% back the plan", "Four in 10 have a positive view"),
// holds no quotation mark and has no other claimant: a poll story reports
// its findings unit after unit. Each such unit keeps the poll in reach for
// the next ones.
func (d *docState) pollShareEN(toks []token, text string) string {
	if !shareEN(toks) || quotedUnit(toks, text) {
		return "" // a quotation: its speaker's, carried as such
	}
	n, is := "", docIssuer{unit: -1}
	for _, k := range [...]string{"poll", "survey"} {
		if x, ok := d.docIssuerEN[k]; ok && x.unit > is.unit {
			n, is = k, x
		}
	}
	if n == "" || d.units-is.unit > docReachEN {
		return ""
	}
	d.docIssuerEN[n] = docIssuer{is.who, d.units}
	return is.who
}

// shareEN reports whether the tokens give a share: a per cent sign,
// "percent", or "<number> in 10" ("four in 10").
func shareEN(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.p == '%' || t.low == "percent" {
			return true
		}
		if t.low == "in" && i > 0 && i+1 < len(toks) && (toks[i-1].is(tNum) || toks[i-1].cat&cNumWord != 0) && foldIn(toks[i+1].low, "10", "ten") {
			return true
		}
	}
	return false
}

// quotedUnit reports whether a token of the unit is a double quotation
// mark.
func quotedUnit(toks []token, text string) bool {
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			return true
		}
	}
	return false
}
