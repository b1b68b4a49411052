package extract

import "strings"

// An unnamed group that holds a view states a position as much as one
// that says something: "Critics fear …", "Many economists believe …". The
// guide counts the subject of a verb of taking a position as the
// claimant; these plural verbs of belief and concern, in the base form a
// plural subject takes, let pluralGroupEN read such a group when a clause
// or object follows them. Verbs of expectation and wish ("expect",
// "hope") and of feeling ("feel") are left out: they report plans and
// moods more often than claims. Singular persons are left out too.

// groupOpinionEN reports whether token i of toks is the plural present of
// an English verb of belief or concern (think, believe, doubt, fear,
// suspect, worry) with a complement after it: not a comma ("…, many
// strategists think, …": an aside) and not an adverb ("think warmly
// back").
func groupOpinionEN(toks []token, i int) bool {
	t := &toks[i]
	if t.is(tCap) || t.is(tPunct) || !opinionVerbsEN.has(t.low) {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return !n.is(tPunct) && !strings.HasSuffix(n.low, "ly") && n.low != "back"
}

// opinionVerbsEN are the verbs of opinion of groupOpinionEN (a foldSet).
var opinionVerbsEN = newFoldSet("think", "believe", "doubt", "fear", "suspect", "worry")
