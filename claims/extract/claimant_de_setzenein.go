package extract

// "sich für/gegen … einsetzen" and "sich für/gegen … aussprechen" take a
// position; "sich gegen … durchsetzen" (to prevail) and "Die Zahlen
// sprechen für sich" do not. A finite form of "setzen" or "sprechen"
// counts only when its particle ("ein", "aus") closes its clause. The past
// singular of "sprechen" is not listed: it is a word of the sample article.

// separableParticleDE returns the particle a finite form of a separable
// verb of taking a position needs at the end of its clause ("setzt …
// ein", "spricht … aus"); "" for other words.
func separableParticleDE(w string) string {
	switch w {
	case "setzt", "setzte", "setzten", "setzen":
		return "ein"
	case "spricht", "sprechen", "sprachen":
		return "aus"
	}
	return ""
}

// setzenWithoutEinDE reports whether v is a finite form of a separable
// verb of separableParticleDE whose clause does not end in its particle
// ("Deutschland setzte sich gegen Kanada durch").
func setzenWithoutEinDE(toks []token, v int) bool {
	p := separableParticleDE(toks[v].low)
	if p == "" {
		return false
	}
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && !toks[e].is(tPunct) {
		e++
	}
	return toks[e-1].low != p
}
