package extract

// "Der Verband begrüßte den Preis, bemängelte aber die geringen Zuschüsse":
// two verbs of a German main clause share the subject before the first;
// the second follows a comma with its object, not its subject, after it.
// trailingSayFirstDE would read the second verb first, as if it closed a
// reported clause ("…, sagte Glas."), and take its object for the speaker.

// coordinatedPredicateDE reports whether the first speech verb of verbs
// has its subject before it in a main clause and an object after it
// (not a comma: "Die Anwohner hätten gewarnt, sagte Glas" ends the clause
// at the verb), and the last verb follows a comma with no quotation
// between the two: the last verb is a second predicate of that subject.
func (d *docState) coordinatedPredicateDE(toks []token, text string, verbs []int) bool {
	if len(verbs) < 2 {
		return false
	}
	first, last := verbs[0], verbs[len(verbs)-1]
	if first+1 >= last || toks[first+1].is(tPunct) || toks[last-1].p != ',' {
		return false
	}
	for k := first; k < last; k++ {
		if toks[k].is(tQuote) {
			return false
		}
	}
	if d.subjectAfterSayDE(toks, text, last, d.unit.lex) {
		return false // "…, erklärte er.": the last verb closes a reported clause (claimant_de_coordsubject.go)
	}
	return d.vorfeldSubjectDE(toks, text, first)
}
