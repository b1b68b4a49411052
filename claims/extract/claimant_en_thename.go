package extract

// noteTheNameEN records a run of three capitalised words or more
// toks[i:j] that the text writes after a lower-case "the" ("according to
// the Real Clear Politics polling average"): an article does not stand
// before a title and a person's name, so the run is the name of a body,
// and its first word stays also when the text writes it in lower case
// elsewhere ("the real estate market"; theNamedEN in stripTitlesEN).
func (d *docState) noteTheNameEN(toks []token, text string, i, j int) {
	if j-i < 3 || i < 1 || text[toks[i-1].s:toks[i-1].e] != "the" {
		return
	}
	if d.theName == nil {
		d.theName = map[string]bool{}
	}
	d.theName[text[toks[i].s:toks[j-1].e]] = true
}

// theNamedEN reports whether the text writes the name after a lower-case
// "the" (noteTheNameEN).
func (d *docState) theNamedEN(name string) bool {
	return d.theName[name]
}
