package extract

// "It said" in English refers to a body, not a person: the pronoun "it"
// as the subject of a verb that only reports speech (sayingVerbEN), or of
// "expects" (a firm's forecast after its statement: "It expects sales to
// fall", read by stanceVerbEN), names the body the text last gave as a
// claimant, as "the company said" does (bodyRefEN).

// itBodyEN returns the body last named as a claimant when "it" opens the
// clause of the English verb of saying v as its subject ("It said …",
// "…, it said."); "" otherwise.
func (d *docState) itBodyEN(toks []token, v int) string {
	if !sayingVerbEN(toks[v].low) && toks[v].low != "expects" {
		return ""
	}
	e := verbGroupStartEN(toks, v)
	if e < 1 || toks[e-1].low != "it" || e > 1 && !toks[e-2].is(tPunct) {
		return ""
	}
	return d.lastBodyEN
}
