package extract

// English verbs of taking a position that the lexicon's verbs of saying
// leave out because they are common in other senses: "expects" and
// "hopes" with a clause or an object ("Ruiz hopes the ferry will cut
// travel times") and "made clear" / "made it clear". The plural "expect",
// "hope" of a group is left out, as in groupOpinionEN ("Many residents
// hope …": moods and plans more often than claims). The claimant is their subject, as for "said"
// (guide: the subject of a verb of taking a position, like "wants"). The
// extractor reads them (extraAttrib) only when the unit has no verb of
// the lexicon. Not read: an intention ("hopes to win", "expect to hear":
// the subject's plan, no position on a fact), an infinitive ("to
// expect"), a noun ("the hopes of", "in hopes"), a passive ("is
// expected"), "so he hopes", an auxiliary or modal before the verb
// ("would expect", "did not hope") and a verb after a full stop or colon.

// stanceVerbEN reports whether token i is such a verb of taking a
// position.
func stanceVerbEN(toks []token, i int) bool {
	if i == 0 || toks[i-1].is(tPunct) && toks[i-1].p != ',' || stanceBlockEN(toks[i-1].low) {
		return false
	}
	switch toks[i].low {
	case "expects", "hopes":
		return i+1 < len(toks) && toks[i+1].low != "to" && !nounUseEN(toks, i) && !passiveEN(toks, i)
	case "made", "makes":
		return i+1 < len(toks) && toks[i+1].low == "clear" || i+2 < len(toks) && toks[i+1].low == "it" && toks[i+2].low == "clear"
	}
	return false
}

// stanceBlockEN reports whether w, right before a verb of stanceVerbEN,
// makes it no verb of taking a position of its subject: an infinitive's
// "to", a preposition ("in hopes"), "so" ("so he hopes"), a modal, an
// auxiliary of a question or negation.
func stanceBlockEN(w string) bool {
	return stanceBlocksEN.has(w)
}

// stanceBlocksEN are the words of stanceBlockEN (a foldSet).
var stanceBlocksEN = newFoldSet("to", "in", "so", "would", "could", "will", "might", "may", "should", "can", "must", "not",
	"did", "do", "does")
