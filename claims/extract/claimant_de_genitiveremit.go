package extract

// A body named in full only in the genitive with its remit ("Nach Daten
// des Landesinstituts für Infektionsschutz …") is the body a later bare
// head noun names ("…, erklärte das Institut"). noteBodiesDE leaves other
// genitives out: their ending is no part of the name.

// noteGenitiveRemitDE notes the body at token k, after "des", when it is a
// compound of a head noun of bodyHeadsDE in the genitive followed by a
// remit with "für" ("des Landesinstituts für Infektionsschutz" →
// "Landesinstitut für Infektionsschutz" under "Institut").
func (d *docState) noteGenitiveRemitDE(toks []token, text string, k int) {
	e := forRemitEndDE(toks, k)
	if e == k+1 {
		return
	}
	w := genitiveBaseFullDE(text[toks[k].s:toks[k].e])
	head := bodyHeadDE(w)
	if head == "" || len(w) == len(head) {
		return
	}
	if d.descs == nil {
		d.descs = map[string]string{}
	}
	full := w + " " + text[toks[k+1].s:toks[e-1].e]
	d.descs[bodyKeyDE+head] = full
	d.descs[bodyKeyDE+w] = full
}
