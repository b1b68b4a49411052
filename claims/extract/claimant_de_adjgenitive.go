package extract

// Some German bodies are named by a head noun, a lower-case adjective in
// the genitive plural and a noun: "Verband kommunaler Wasserwerke", "Bund
// deutscher Landschaftsgärtner", "Vereinigung freier Schulen". The noun
// alone, the head alone or the head in the genitive ("des Verbands") is
// no claimant: the guide wants the whole name, and a bare "Verband" would
// be read as the last Verband named.

// adjGenitiveNameDE returns the whole name when who is the head noun of
// such a name in the unit (also in the genitive) or the noun after its
// adjective, and notes it for a later bare head noun (bodyKeyDE); who
// otherwise.
func (d *docState) adjGenitiveNameDE(toks []token, text, who string) string {
	if who == "" || !upperFirst(who) {
		return who
	}
	for k := 0; k+2 < len(toks); k++ {
		a, n := &toks[k+1], &toks[k+2]
		if !capWord(&toks[k]) || a.is(tCap) || a.is(tPunct) || len(a.low) < 5 || a.low[len(a.low)-2:] != "er" || !capWord(n) {
			continue
		}
		head := genitiveBaseDE(text[toks[k].s:toks[k].e])
		if !bodyNounDE(head) || head != who && text[toks[k].s:toks[k].e] != who && text[n.s:n.e] != who {
			continue
		}
		full := head + " " + text[a.s:n.e]
		if h := bodyHeadDE(head); h != "" && d.descs != nil {
			d.descs[bodyKeyDE+h] = full // "der Verband" later
		}
		return full
	}
	return who
}
