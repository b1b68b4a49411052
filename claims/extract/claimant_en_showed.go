package extract

import "strings"

// "A survey by the Harlow Courier showed that …": "show" says what a
// poll, survey, study or report found, and its issuer is the claimant as
// for "found". It is a verb of saying only with such a subject ("the
// video shows", "she showed her badge" are not).

// maxFindingSubject is the most tokens between the document noun and
// "show" ("a survey by the Harlow Courier earlier this year showed").
const maxFindingSubject = 8

// showedFindingEN reports whether token i is "show", "shows" or "showed"
// after a poll, survey, study or report noun at most maxFindingSubject
// tokens before it, no punctuation between, whose issuer is named: a
// capitalised word (not the unit's first) in those tokens or right before
// the noun ("A survey by the Harlow Courier", "A Harlow Courier poll").
// A plural ("polls") names no issuer and is left alone.
func showedFindingEN(toks []token, i int) bool {
	if w := toks[i].low; w != "show" && w != "shows" && w != "showed" {
		return false
	}
	named := false
	for k := i - 1; k >= 0 && i-k <= maxFindingSubject; k-- {
		t := &toks[k]
		if t.is(tPunct) {
			return false
		}
		if !t.is(tCap) && foldIn(t.low, "poll", "survey", "study", "report", "analysis") {
			return named || k >= 2 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) || lowerIssuerBeforeEN(toks, k, i)
		}
		named = named || k > 0 && t.is(tCap)
	}
	return false
}

// findingNounSpanEN returns who cut to the issuer's name and the noun
// when who is "a"/"an", perhaps adjectives of polls ("new", "recent",
// "latest", "separate", "fresh", "national", "online", "yearly",
// "annual"), capitalised words (with "of", "and" or "for" between them)
// and a poll, survey, study, report or analysis noun with words after it
// ("A Harlow Courier poll last week" gives "Harlow Courier poll", "A CBS
// News poll" "CBS News poll"); who otherwise. The words after the noun say
// when or where it was published, not who issued it. A name ending in such
// a noun keeps its first word in the later clean-ups (claimantName,
// dropLeadEN): "CBS" is the issuer there, no title or dateline.
func findingNounSpanEN(who string) string {
	words := strings.Fields(who)
	if len(words) < 3 || !foldIn(words[0], "a", "an") {
		return who
	}
	first := 1
	for first < len(words) && foldIn(words[first], "new", "recent", "latest", "separate", "fresh", "national", "online", "yearly", "annual") {
		first++
	}
	if first >= len(words) || !upperFirst(words[first]) {
		return who
	}
	for k := first + 1; k < len(words); k++ {
		w := words[k]
		if findingNounEN(w) {
			return strings.Join(words[first:k+1], " ")
		}
		if !upperFirst(w) && !foldIn(w, "opinion", "of", "and", "for") {
			return who
		}
	}
	return who
}

// findingNounEN reports whether w is, in lower case, a noun of a published
// finding: "poll", "survey", "study", "report" or "analysis"; or "Poll" or
// "Survey", which end a poll's name as written by its issuer ("Harlow
// University Poll").
func findingNounEN(w string) bool {
	if upperFirst(w) {
		return w == "Poll" || w == "Survey"
	}
	return foldIn(w, "poll", "survey", "study", "report", "analysis")
}
