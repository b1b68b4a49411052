package extract

// "Die Anwohner hätten davor gewarnt, sagte Glas.": a verb of saying that
// closes a German sentence after a comma, with its subject after it,
// attributes the whole clause before the comma. A verb of saying inside
// that clause ("gewarnt") is part of what is reported, and its subject
// ("Die Anwohner") is no speaker of the unit.

// trailingSayFirstDE moves the last speech verb of verbs to the front when
// it follows a comma and only a short subject follows it to the end of the
// unit, with no comma ("…, sagte Glas.", "…, sagte der Bürgermeister am
// Abend."); else it returns verbs as they are.
func trailingSayFirstDE(toks []token, verbs []int) []int {
	if len(verbs) < 2 {
		return verbs
	}
	last := verbs[len(verbs)-1]
	if last == 0 || toks[last-1].p != ',' || toks[last].cat&cAccording != 0 || len(toks)-last > 9 {
		return verbs
	}
	for k := last + 1; k < len(toks); k++ {
		if toks[k].p == ',' || toks[k].is(tQuote) {
			return verbs // "…, sagte Glas, der …": a clause of its own follows
		}
	}
	return append([]int{last}, verbs[:len(verbs)-1]...)
}
