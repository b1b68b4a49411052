package extract

// "… hat den früheren Bürgermeister von Aulendorf, Gerhard Pfister,
// verurteilt. … „…“, sagte der frühere Bürgermeister." A role noun with a
// place or body after it and the person's name in an apposition names
// that person as the holder of the role, as "Bürgermeister Gerhard
// Pfister" would: a later "der Bürgermeister" refers to them.

// noteRoleAppositionDE notes, for each role noun after an article (and
// adjectives) followed by "von" or a genitive article and up to four
// words, then a comma and a name of two words or more, the name as the
// holder of the role. vonGen are the places of "von", "der" and "des" in
// toks (linkPosDE).
func (d *docState) noteRoleAppositionDE(toks []token, text string, lex lexicon, vonGen []int) {
	for _, g := range vonGen {
		k := g - 1
		if k < 1 || k+3 >= len(toks) {
			continue
		}
		r := roleOf(&toks[k], lex)
		if r == "" {
			continue
		}
		if a := adjectivesBackDE(toks, k) - 1; a < 0 || toks[a].cat&cDet == 0 {
			continue
		}
		end := k + 2
		for end < len(toks) && end-k <= 5 && toks[end].p != ',' && !toks[end].is(tPunct) {
			end++
		}
		if end >= len(toks) || toks[end].p != ',' {
			continue
		}
		if name := d.appositionNameDE(toks, text, end, lex); name != "" {
			d.noteRole(r, name)
			d.noteRoleWordDE(&toks[k], name)
			d.noteRole(roleBodyKeyDE(text[toks[k].s:toks[k].e], toks[k+1].low, text[toks[k+2].s:toks[end-1].e]), name) // roleOfBodyDE
		}
	}
}
