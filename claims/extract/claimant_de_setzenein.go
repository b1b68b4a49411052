package extract

// "sich für/gegen … einsetzen" takes a position; "sich gegen … durchsetzen"
// (to prevail) does not. A finite form of "setzen" counts only when "ein"
// closes its clause.

// setzenWithoutEinDE reports whether v is a finite form of "setzen" whose
// clause does not end in the particle "ein" ("Deutschland setzte sich
// gegen Kanada durch").
func setzenWithoutEinDE(toks []token, v int) bool {
	switch toks[v].low {
	case "setzt", "setzte", "setzten", "setzen":
	default:
		return false
	}
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && !toks[e].is(tPunct) {
		e++
	}
	return toks[e-1].low != "ein"
}
