package extract

// "Der Mikrobiologe Prof. Stefan Liebig von der Universität Hollfeld
// sagte, …": a person named before "von der"/"vom"/"aus" and a body is the
// speaker; the body only says where the person works.

// personBeforeBodyDE returns the person the text registered whose name
// ends right before the preposition that opens the body at token k ("von
// der Universität", "vom Institut", "aus dem Ministerium"); "" otherwise.
func (d *docState) personBeforeBodyDE(toks []token, text string, k int) string {
	p := k - 1
	if p >= 1 && toks[p].cat&cDet != 0 {
		p-- // "von der"
	}
	if p < 1 {
		return ""
	}
	switch toks[p].low {
	case "von", "vom", "aus":
	default:
		return ""
	}
	for s := p - 3; s <= p-2; s++ {
		if s < 0 || !capWord(&toks[s]) {
			continue
		}
		name := text[toks[s].s:toks[p-1].e]
		if d.known(name) {
			return name // "Stefan Liebig von der Universität Hollfeld"
		}
	}
	return ""
}
