package extract

// "Beim Weltärztebund sieht man das anders.", "Bei der Polizei hält man
// das für falsch.": a verb of position with "man" after it and a body
// after "bei" before it gives that body's view, as "Beim Verband heißt es"
// gives the body's words (heisstEsSourceDE).

// beiManBodyDE returns the token that opens the body's name when the
// German unit opens with "Bei"/"Beim", perhaps an article, and capitalised
// words up to the verb of position at v, and "man" follows the verb; else
// -1.
func beiManBodyDE(toks []token, v int) int {
	if v < 2 || v+1 >= len(toks) || toks[v+1].low != "man" || toks[0].low != "bei" && toks[0].low != "beim" {
		return -1
	}
	b := 1
	if toks[0].low == "bei" && toks[1].cat&cDet != 0 {
		b = 2
	}
	if b >= v {
		return -1
	}
	for k := b; k < v; k++ {
		if !capWord(&toks[k]) {
			return -1
		}
	}
	return b
}
