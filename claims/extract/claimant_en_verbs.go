package extract

// English verbs of communication that the lexicon's verbs of saying
// (speechEN, which also weigh check-worthiness and are left as they are)
// leave out: manner of speaking ("quipped", "shouted"), communicating in
// writing ("emailed", "texted"), and judging in public ("hailed",
// "blasted", "touted"), echoing or vouching for a claim ("echoed",
// "vouched") and a recollection told ("remembers"). Verbs that name an
// act more often than a claim ("endorsed", "apologized", "pleaded
// guilty", "cited") are left out.
// The present of lexicon verbs in "-ss" ("dismisses", "stresses"), which
// the lexicon's "-s" rule spells "dismisss", is read here too, and so is
// "admitted", whose final consonant the lexicon's "-ed" rule does not
// double ("admited").
// The claimant finder reads them (extraAttrib) only when a unit has no
// verb of the lexicon.

// extraSpeechEN reports whether w, in lower case, is the past or
// third-person present form of an English verb of communication or of
// judging in public that the lexicon does not list.
func extraSpeechEN(w string) bool {
	return len(w) >= 5 && extraSpeechVerbsEN.has(w)
}

// extraSpeechVerbsEN are the words of extraSpeechEN (a foldSet).
var extraSpeechVerbsEN = newFoldSet("quipped", "quips", "joked", "exclaimed", "exclaims", "shouted", "yelled",
	"whispered", "muttered", "implored", "implores", "emailed", "texted", "commented", "proclaimed",
	"proclaims", "confided", "hailed", "hails", "heralded", "applauded", "applauds", "blasted", "blasts",
	"derided", "derides", "mocked", "ridiculed", "lambasted", "scoffed", "touted", "touts", "bragged",
	"brags", "credited", "deadpanned", "mused", "muses", "marveled", "fumed", "fumes", "snapped", "gushed",
	"chided", "scolded", "griped", "grumbled", "demurred", "sighed", "echoed", "echoes", "vouched", "vouches", "remembers", "dismisses", "stresses", "admitted")

// speakActEN reports whether the English verb of saying v is "speak"
// ("spoke", "speaks") in a unit without quotation marks: the verb is
// intransitive and takes no clause, so "Ann Lee spoke at the rally"
// reports the act of speaking, not a claim; with a quotation ("Ann Lee
// spoke: “…”") the speaker's words are in the unit.
func speakActEN(toks []token, v int) bool {
	if toks[v].low != "spoke" && toks[v].low != "speaks" {
		return false
	}
	for i := range toks {
		if toks[i].is(tQuote) || toks[i].p == ':' {
			return false
		}
	}
	return true
}

// tellEN reports whether w is a form of "tell", whose object is the person
// spoken to ("Ann Lee, a senator, told CNN"): a name after it is never
// its subject inverted, as after "said".
func tellEN(w string) bool {
	return w == "told" || w == "tells"
}
