package extract

// modalSayDE returns the speaker of a verb of saying in the infinitive
// that closes its clause after a modal verb whose subject is a personal
// pronoun right after it ("Allerdings könne er nicht sagen, wie viele …",
// "Ob …, konnte sie nicht sagen"): the person the pronoun refers to, who
// says what cannot be told. Only with "nicht" before the verb: "kann er
// passabel werfen" is no statement. The verb rules read no subject for an
// infinitive; "" for any other form.
func (d *docState) modalSayDE(u *claimUnit, s verbAt) string {
	toks, v := u.toks, s.v
	if v+1 < len(toks) && !toks[v+1].is(tPunct) {
		return "" // not the end of its clause
	}
	for m := v - 1; m > 0 && v-m <= 6 && !toks[m].is(tPunct); m-- {
		if !modalFiniteDE(toks[m].low) {
			continue
		}
		if g := pronoun(&toks[m+1], false); g != 0 && m+1 < v && hasNichtDE(toks, m+2, v) {
			return d.pronounSubject(toks, u.text, m+1, g, true)
		}
		return ""
	}
	return ""
}

// modalFiniteDE reports whether w is a finite form of "können", "wollen"
// or "mögen" in the singular ("kann", "könne", "konnte", "wollte", …).
func modalFiniteDE(w string) bool {
	switch w {
	case "kann", "könne", "konnte", "wollte", "wolle", "will", "möchte":
		return true
	}
	return false
}

// hasNichtDE reports whether "nicht" stands in toks[a:b].
func hasNichtDE(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].low == "nicht" {
			return true
		}
	}
	return false
}
