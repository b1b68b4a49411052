package extract

import "strings"

// Several speakers as one German subject, before or after the verb of
// saying: "Stadt, Kreis und Land fordern …", "Gestern forderten der
// Mieterverein Harburg und der Fährverband, dass …", "Das betonten sowohl die
// Ministerin als auch der Landrat". The guide wants every one of them,
// separated by "; ".

// coSubjectsDE completes who, the speaker or speakers the verb rules
// found, to all the names of a coordinated subject of one of the unit's
// verbs of saying when who is among them; who unchanged otherwise.
func (d *docState) coSubjectsDE(u *claimUnit, who string) string {
	if who == "" {
		return who
	}
	toks := u.toks
	var buf [maxConjuncts]tokSpan // the conjuncts, on the stack
	for _, v := range u.verbs {
		if toks[v].cat&cAccording != 0 || noSpeakerVerb(toks, v, true) {
			continue
		}
		if names := vorfeldConjunctsDE(toks, v, buf[:0]); len(names) >= 2 && d.allAmong(who, names, u.text, toks) {
			return d.spanNames(names, u, who, true)
		}
		if names := mittelfeldConjunctsDE(toks, v, buf[:0]); len(names) >= 2 && d.allAmong(who, names, u.text, toks) {
			return d.spanNames(names, u, who, true)
		}
	}
	return d.auxConjunctsDE(u, who, buf[:0])
}

// auxConjunctsDE completes who to all the names of a coordinated subject
// right after a finite auxiliary of the perfect ("Zuvor hatten der
// Mieterbund und die Grünen die Pläne kritisiert", "Inzwischen haben sich
// der Städtetag und die Landkreise gegen die Reform ausgesprochen") when
// who is among them; who unchanged otherwise.
func (d *docState) auxConjunctsDE(u *claimUnit, who string, buf []tokSpan) string {
	toks := u.toks
	for a := 1; a+3 < len(toks); a++ {
		if !perfectAuxDE(toks[a].low) {
			continue
		}
		if names := mittelfeldConjunctsDE(toks, a, buf[:0]); len(names) >= 2 && d.allAmong(who, names, u.text, toks) {
			return d.spanNames(names, u, who, true)
		}
	}
	return who
}

// vorfeldConjunctsDE returns the noun phrases of a coordinated subject
// that fills the clause before the finite verb v ("Stadt, Kreis und Land
// fordern"), perhaps after a sentence adverb ("Insbesondere"); nil when
// there is none. The phrases are appended to buf.
func vorfeldConjunctsDE(toks []token, v int, buf []tokSpan) []tokSpan {
	c := clauseStart(toks, v)
	for n := 0; n < 4 && c > 1 && toks[c-1].p == ','; n++ {
		c = clauseStart(toks, c-1) // "Stadt, Kreis und Land": the commas of the list
	}
	if c > 0 && toks[c-1].p == ',' || c >= v {
		return nil // "Die Behörde für Umwelt, Bau und Verkehr erklärte": the list is part of a name
	}
	if adverbsDE[toks[c].low] {
		c++ // "Insbesondere", "Auch"
	}
	if names, end := conjunctsDE(toks, c, v, buf); end == v {
		return names
	}
	return nil
}

// mittelfeldConjunctsDE returns the noun phrases of a coordinated subject
// right after the verb v, perhaps after "sich" ("… forderten der
// Mieterverein und der Fährverband", "äußerten sich sowohl die Ministerin
// als auch der Landrat"); nil when there is none. The phrases are
// appended to buf.
func mittelfeldConjunctsDE(toks []token, v int, buf []tokSpan) []tokSpan {
	i := v + 1
	if i < len(toks) && toks[i].low == "sich" {
		i++
	}
	limit := i
	for limit < len(toks) && !clauseBreak(&toks[limit]) && toks[limit].p != '.' {
		limit++
	}
	names, _ := conjunctsDE(toks, i, limit, buf)
	return names
}

// conjunctsDE reads a coordination of two to five noun phrases in the
// nominative (nounPhraseDE) from token i, not beyond limit: "A und B", "A,
// B sowie C", "A sowie auch B", "sowohl A als auch B". It returns the
// phrases (appended to buf) and where the coordination ends; nil when
// there is none.
func conjunctsDE(toks []token, i, limit int, buf []tokSpan) ([]tokSpan, int) {
	both := i < limit && toks[i].low == "sowohl"
	if both {
		i++
	}
	names := buf
	for i < limit && len(names) < maxConjuncts {
		e, ok := nounPhraseDE(toks, i, limit)
		if !ok || e == i {
			return nil, i
		}
		if !separateConjunctDE(toks, names, i, e) {
			return nil, i
		}
		names = append(names, tokSpan{i, e})
		if last := len(names) >= 2 && !toks[i-1].is(tPunct); last {
			return names, e // the phrase after "und" ends the coordination
		}
		switch n := conjunctionDE(toks, e, limit, both); {
		case n > e:
			i = n
		case e < limit && toks[e].p == ',' && !both:
			i = e + 1
		default:
			return nil, e
		}
	}
	return nil, i
}

// conjunctionDE returns the token after a conjunction that joins subjects
// at token e ("und", "sowie", "sowie auch", after "sowohl" "als auch"),
// or e when there is none.
func conjunctionDE(toks []token, e, limit int, both bool) int {
	if e >= limit {
		return e
	}
	switch {
	case both && toks[e].low == "als" && e+1 < limit && toks[e+1].low == "auch":
		return e + 2
	case !both && (toks[e].low == "und" || toks[e].low == "sowie"):
		if e+1 < limit && toks[e+1].low == "auch" {
			return e + 2 // "sowie auch die FDP"
		}
		return e + 1
	}
	return e
}

// separateConjunctDE reports whether toks[i:e], read after the conjuncts
// names, is a subject of its own and not a part of one noun phrase with
// them: no truncated compound before it ("Haus- und Fachärzte"), no
// bare office before a described name ("Stadtrat und Sprecher Jan Roth"), no
// "von" or genitive inside an earlier conjunct ("Vertreter von Kreisen
// und Bezirken"), and an article of its own when the first conjunct has
// one ("der Maler und Aktivist Jan Roth" is one person).
func separateConjunctDE(toks []token, names []tokSpan, i, e int) bool {
	if len(names) == 0 {
		return true
	}
	p := names[len(names)-1]
	if strings.HasSuffix(toks[p.e-1].low, "-") {
		return false
	}
	if p.e-p.s == 1 && e-i >= 3 && toks[i].cat&cDet == 0 {
		return false // "Stadtrat und Sprecher Jan Roth": two offices of one person
	}
	for k := p.s + 1; k < p.e; k++ {
		if genitiveLinkDE(toks[k].low) {
			return false
		}
	}
	return toks[names[0].s].cat&cDet == 0 || toks[i].cat&cDet != 0
}
