package extract

import "strings"

// A German verb of saying in the infinitive ("die 112 rufen", "Die
// Stadt müsse die Bürger warnen") or as a bare participle in a "wie"
// clause ("…, wie jetzt gefordert, …") names no speaker: a unit of reported
// speech whose only verbs of saying are such goes on in the voice of the
// last speaker, as a unit with no verb of saying does (carriedSpeaker).

// infinitiveOnlyDE reports whether verbs is not empty and each of them is
// an infinitive: a lower-case form in "-en" that closes its clause (a
// punctuation mark, "und" or "oder" after it) after a modal verb or a
// colon that opens a list of instructions ("Hilfe holen, die 112 rufen"),
// with no pronoun between them ("…: Leiden, über die sie klagen": finite).
func infinitiveOnlyDE(toks []token, verbs []int) bool {
	if len(verbs) == 0 {
		return false
	}
	for _, v := range verbs {
		if !infinitiveAtDE(toks, v) {
			return false
		}
	}
	return true
}

// infinitiveAtDE reports whether the verb at v is an infinitive that
// closes its clause (infinitiveOnlyDE).
func infinitiveAtDE(toks []token, v int) bool {
	t := &toks[v]
	if t.is(tCap) || !strings.HasSuffix(t.low, "en") {
		return false
	}
	if v+1 < len(toks) && !toks[v+1].is(tPunct) && toks[v+1].low != "und" && toks[v+1].low != "oder" {
		return false
	}
	for k := v - 1; k >= 0; k-- {
		switch {
		case toks[k].p == ':':
			return true // "Richtlinie: Hilfe holen, die 112 rufen"
		case pronounDE(toks[k].low):
			return false // "…, über die sie klagen": a subject, the verb is finite
		case toks[k].p == '.' || toks[k].p == ';' || toks[k].is(tQuote):
			return false
		case modalVerbDE(toks[k].low):
			return true // "Die Stadt müsse die Bürger warnen"
		}
	}
	return false
}

// modalVerbDE reports whether w is a finite German modal verb, in
// Konjunktiv I or II or the indicative ("müsse", "sollten", "kann").
func modalVerbDE(w string) bool {
	switch w {
	case "müsse", "müssten", "müsste", "muss", "müssen", "solle", "sollten", "sollte", "soll", "sollen",
		"könne", "könnten", "könnte", "kann", "können", "dürfe", "dürften", "dürfte", "darf", "dürfen",
		"wolle", "wollten", "wollte", "will", "wollen":
		return true
	}
	return false
}

// bareParticipleOnlyDE reports whether verbs is not empty and each of
// them closes a clause opened by "wie" at most three words before it with
// no subject, article or name between ("…, wie jetzt gefordert, …"): a
// participle with no auxiliary and no speaker.
func bareParticipleOnlyDE(toks []token, verbs []int) bool {
	if len(verbs) == 0 {
		return false
	}
	for _, v := range verbs {
		if v+1 < len(toks) && !toks[v+1].is(tPunct) {
			return false
		}
		c := clauseStart(toks, v)
		if toks[c].low != "wie" || v-c > 3 {
			return false
		}
		for k := c + 1; k < v; k++ {
			if toks[k].is(tCap) || toks[k].cat&cDet != 0 || pronounDE(toks[k].low) {
				return false
			}
		}
	}
	return true
}
