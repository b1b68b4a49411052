package extract

// auxiliaryStartEN returns the start of the verb group that ends with the
// English verb of saying v when an auxiliary of the perfect stands before
// a verb of plain assertion, perhaps with an adverb between ("has said",
// "has also argued", "have denied"): the subject stands before the
// auxiliary, not before the participle ("had said" too). Verbs of position or of acting
// ("has praised", "has proposed", "has found") in the perfect mostly sum
// up a background in the author's voice and keep v, as does a verb with
// no auxiliary and one that says nothing ("have said little").
func auxiliaryStartEN(toks []token, v int) int {
	if k := wentOnStartEN(toks, v); k >= 0 {
		return verbGroupStartEN(toks, k) // "Lee went on to say" (claimant_en_wenton.go)
	}
	if progressiveVerbAtEN(toks, v) {
		if k := progressiveAuxEN(toks, v); k >= 0 {
			return verbGroupStartEN(toks, k) // "Ann Lee is also stressing" (claimant_en_progressive.go)
		}
	}
	if !assertionEN(toks[v].low) || v+1 < len(toks) && saidNothingEN(toks[v+1].low) {
		return v
	}
	k := verbGroupStartEN(toks, v)
	if k > 1 && perfectAuxEN(toks[k-1].low) {
		return k - 1
	}
	return v
}

// perfectAuxEN reports whether w is a form of "have" that builds the
// present or past perfect. With a verb of plain assertion the past
// perfect too reports a statement ("she had said", "had told the board"):
// on training articles +2 units right, 1 left empty lost.
func perfectAuxEN(w string) bool {
	return w == "has" || w == "have" || w == "had"
}

// assertionEN reports whether the past participle w is a verb of plain
// assertion, which reports a statement rather than a stance or an act,
// or of stating a fact ("has confirmed", "has acknowledged"); not "has
// warned", "has insisted" (on training articles: as often background in
// the author's voice as a claim).
func assertionEN(w string) bool {
	switch w {
	case "said", "told", "stated", "argued", "denied", "claimed", "maintained", "contended",
		"confirmed", "acknowledged", "admitted", "conceded", "noted", "explained":
		return true
	}
	return false
}

// saidNothingEN reports whether w, right after a verb of saying, is a
// quantifier that denies the statement ("said little", "said nothing").
func saidNothingEN(w string) bool {
	return w == "little" || w == "nothing"
}
