package extract

// "Ann Lee found herself alone", "Tom Bell, who voted against his own
// party": a reflexive pronoun or "his own"/"her own" in the clause that
// follows a person's name refers back to that person (no other name in
// between), so it tells the person's gender; a later "she said" then does
// not go to a man of unknown gender quoted in between. A bare "his" or
// "her" is left out: "Ann Lee praised his plan" is another man's.

// ownGenderEN returns the gender that a reflexive pronoun ("himself",
// "herself") or "his own"/"her own" within ten tokens after toks[j-1], the
// end of a name, gives that name: 0 when a capitalised word (another
// name) or a full stop, semicolon, colon or quotation mark comes first.
func ownGenderEN(toks []token, j int) byte {
	for k := j; k < len(toks) && k < j+10; k++ {
		t := &toks[k]
		if t.is(tQuote) || t.is(tPunct) && (t.p == '.' || t.p == ';' || t.p == ':' || t.p == '?' || t.p == '!') || t.is(tCap) && !t.is(tPunct) {
			return 0
		}
		own := k+1 < len(toks) && toks[k+1].low == "own"
		switch {
		case t.low == "himself", t.low == "his" && own:
			return 'm'
		case t.low == "herself", t.low == "her" && own:
			return 'f'
		}
	}
	return 0
}

// noteOwnGenderEN gives the registered person name the gender ownGenderEN
// finds after the name's end j, when the text gave none yet.
func (d *docState) noteOwnGenderEN(toks []token, j int, name string) {
	g := ownGenderEN(toks, j)
	if g == 0 {
		return
	}
	if p, ok := d.lookup(name); ok && p.name == name && p.gender == 0 {
		p.gender = g
		d.lastPerson[gi(g)] = p.name
	}
}
