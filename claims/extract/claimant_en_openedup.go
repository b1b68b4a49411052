package extract

// "Ann Lee opened up about her years at the pier", "the actress sounded
// off against the plan", "Lee pushed back on the idea", "Lee fired back",
// "Lee took issue with the bill": particle verbs and idioms of speaking out
// or of answering a critic. Their subject is the speaker, as for "spoke
// out" or "said".

// particleSpeechEN reports whether token i is the verb of an English
// particle verb of speaking out: a form of "open" with "up" after it and
// then "about", "on" or "to" ("opened up to the Gazette about …"), a
// form of "sound" with "off" after it ("sounded off against …"), "push",
// "fire" or "hit" with "back" and then a stop or on/against/at/with
// ("pushed back on the idea", "fired back."; not "pushed back the vote"),
// "took issue with" or "took aim at".
func particleSpeechEN(toks []token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "opened", "opens":
		return toks[i+1].low == "up" && foldIn(toks[i+2].low, "about", "on", "to")
	case "sounded", "sounds":
		return toks[i+1].low == "off"
	case "pushed", "pushes", "fired", "fires", "hit", "hits":
		return toks[i+1].low == "back" && (toks[i+2].is(tPunct) || foldIn(toks[i+2].low, "on", "against", "at", "with"))
	case "took", "takes":
		return toks[i+1].low == "issue" && toks[i+2].low == "with" || toks[i+1].low == "aim" && toks[i+2].low == "at"
	}
	return false
}
