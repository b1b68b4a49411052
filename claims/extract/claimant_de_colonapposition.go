package extract

// "Am Ende meldet sich Jan Roth, Kassenwart des Vereins, zu Wort: „…“":
// a person the unit
// introduces by a full name and an apposition, set off by a comma, is
// the subject of the clause that a colon and a quotation close, wherever
// the name stands in it (colonQuoteSpeakerDE takes a person named first in
// this unit only at its start).

// appositionAfterDE reports whether the run of capitalised words at token
// i, before the colon at c, is followed by a comma and an apposition that
// opens with an article or a capitalised noun and runs on to the colon or
// to a second comma before it.
func appositionAfterDE(toks []token, i, c int) bool {
	j := i
	for j < c && capWord(&toks[j]) {
		j++
	}
	if j+1 >= c || toks[j].p != ',' {
		return false
	}
	n := &toks[j+1]
	return n.cat&cDet != 0 || capWord(n)
}
