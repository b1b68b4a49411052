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

// affiliatedBeforeDE returns the person named before "von der"/"vom"/"aus"
// and a body that stand, within eight words, before the verb at v
// ("Dr. Sevim Arslan vom Institut für Arbeitsmarktfragen hält …");
// "" otherwise.
func (d *docState) affiliatedBeforeDE(toks []token, text string, v int) string {
	for p := v - 1; p >= 2 && v-p <= 8 && !toks[p].is(tPunct); p-- {
		switch toks[p].low {
		case "von", "vom", "aus":
		default:
			continue
		}
		k := p + 1
		if k < v && toks[k].cat&cDet != 0 {
			k++
		}
		return d.personBeforeBodyDE(toks, text, k)
	}
	return ""
}
