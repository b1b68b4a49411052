package extract

// "The Harbor Water Company, which runs the pier, said a valve broke", "A
// senior official, speaking on condition of anonymity, said …": a clause
// set off by commas between the subject and the verb of saying. The words
// after the verb are then what was said, not a source named after it, and
// a described source before the clause is the subject.

// maxInsertedClause is the most tokens such a clause spans, commas
// included.
const maxInsertedClause = 30

// insertedClauseEN returns the comma that opens a non-restrictive clause
// closed by the comma right before token v of an English unit, the clause
// opening with a relative pronoun ("who", "whose", "whom", "which") or a
// participle ("speaking …"); -1 when there is none.
func insertedClauseEN(toks []token, v int) int {
	if v < 4 || toks[v-1].p != ',' {
		return -1
	}
	for c := v - 2; c >= 1 && v-c <= maxInsertedClause; c-- {
		if toks[c].p != ',' {
			continue
		}
		if n := &toks[c+1]; relativePronounEN(n.low) || n.low == "which" || participleOpenerEN(n) {
			return c
		}
		return -1
	}
	return -1
}
