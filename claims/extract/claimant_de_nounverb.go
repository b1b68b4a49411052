package extract

// nounVerbDE reports whether the verb of saying at v is written with a
// capital letter inside the sentence ("Erste Klagen gibt es bereits"):
// a noun ("Klagen", "Forderungen"), no verb, so nothing before it is its
// subject.
func nounVerbDE(toks []token, v int) bool {
	return v > 0 && toks[v].is(tCap) && !toks[v-1].is(tPunct)
}

// closingPassiveDE reports whether the verb of saying at v is a passive
// participle that ends the sentence ("Landesweit sind 17 000 Fälle
// bestätigt.", also before "worden": "… bestätigt worden."), with no agent opening it ("Von der Opposition wurde …
// kritisiert" names its source): what opens the sentence is no speaker.
func closingPassiveDE(toks []token, v int) bool {
	e := v + 1
	if e < len(toks) && toks[e].low == "worden" {
		e++ // "Die Regel ist 2009 ins Gesetz geschrieben worden."
	}
	if e+1 < len(toks) || e < len(toks) && !toks[e].is(tPunct) {
		return false
	}
	if toks[0].low == "von" || toks[0].low == "vom" {
		return false
	}
	return passiveDE(toks, v)
}

// articleNounDE reports whether the verb of saying at v is written with a
// capital letter right after an article ("zeigen die Schreiben, die …",
// "das Sagen haben"): a noun, no verb, also where the sentence opens with
// the article.
func articleNounDE(toks []token, v int) bool {
	if v == 0 || !toks[v].is(tCap) {
		return false
	}
	switch toks[v-1].low {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines":
		return true
	}
	return false
}
