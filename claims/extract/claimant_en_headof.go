package extract

// "The head of Harbor Water testified that …", "The chief of the Norland
// Port Authority said …": a definite description of the person who leads
// a body, opening the clause before the verb of saying. The speaker is
// that person, not the body the capitalised words after "of" name; with
// no name for them, the description is the claimant ("head of Harbor
// Water"), as "a spokesman for Harbor Water" is.

// headOfBodyEN returns the description "<head noun> of [the] <Body>" when
// it is the subject of the English verb of saying v after "the" that opens the
// clause; "" otherwise.
func headOfBodyEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	s := capRunStart(toks, e)
	o := s - 1
	if o > 0 && toks[o].low == "the" {
		o-- // "the chief of the Norland Port Authority"
	}
	if s == e {
		return headOfLowerBodyEN(toks, text, v) // "The head of the UN refugee agency said" (claimant_en_headoflower.go)
	}
	if e-s > 5 || o < 2 || toks[o].low != "of" {
		return ""
	}
	h := o - 1
	if !lowerWord(&toks[h]) || !leaderNounEN(toks[h].low) || toks[h-1].low != "the" {
		return ""
	}
	if h >= 2 && !toks[h-2].is(tPunct) && !foldIn(toks[h-2].low, "and", "but") {
		return ""
	}
	return text[toks[h].s:toks[e-1].e]
}

// leaderNounEN reports whether w is an English noun for the person who
// leads a body.
func leaderNounEN(w string) bool {
	return foldIn(w, "head", "chief", "leader", "boss", "director", "chairman", "chairwoman", "chair", "president")
}
