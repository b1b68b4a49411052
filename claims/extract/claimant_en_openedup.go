package extract

// "Ann Lee opened up about her years at the pier", "the actress sounded
// off against the plan": particle verbs of speaking frankly. Their subject
// is the speaker, as for "spoke out" or "said".

// particleSpeechEN reports whether token i is the verb of an English
// particle verb of speaking out: a form of "open" with "up" after it and
// then "about", "on" or "to" ("opened up to Decode DC about …"), or a
// form of "sound" with "off" after it ("sounded off against …").
func particleSpeechEN(toks []token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "opened", "opens":
		return toks[i+1].low == "up" && foldIn(toks[i+2].low, "about", "on", "to")
	case "sounded", "sounds":
		return toks[i+1].low == "off"
	}
	return false
}
