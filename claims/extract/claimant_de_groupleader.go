package extract

// German science news name a group by the person who leads it: "die
// Forscher um Hanna Kolbe", "das Team um die Virologin Ann Lee". The
// group speaks for its leader, and the guide wants the person: the
// claimant is the name after "um", not the group's noun.

// groupLeaderDE returns the person the text knows who is named after "um"
// right after the claimant's noun in the unit ("hoffen die Wissenschaftler
// um Institutsdirektorin Hanna Kolbe": "Hanna Kolbe"); an article, lower-case
// adjectives and one noun of office may stand before the name. It returns
// who when the claimant is no single noun or no known person follows.
func (d *docState) groupLeaderDE(toks []token, text, who string, lex lexicon) string {
	if who == "" || !upperFirst(who) || containsByte(who, ' ') {
		return who
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k+1].low != "um" || text[toks[k].s:toks[k].e] != who {
			continue
		}
		n := k + 2
		for n < len(toks) && n-k <= 5 && lowerWord(&toks[n]) {
			n++ // "um den niedergelassenen …"
		}
		if n >= len(toks) || !capWord(&toks[n]) {
			return who
		}
		if name := d.nameAt(toks, text, n, true, lex, false, false); d.known(name) && containsByte(name, ' ') {
			return name
		}
		if n+1 < len(toks) && capWord(&toks[n+1]) {
			if name := d.nameAt(toks, text, n+1, true, lex, false, false); d.known(name) && containsByte(name, ' ') {
				return name // "um Institutsdirektorin Hanna Kolbe": a noun of office before the name
			}
		}
		return who
	}
	return who
}
