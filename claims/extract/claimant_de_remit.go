package extract

// A German body's name may go on with its remit: "Bundesministerium für
// Gesundheit", "Bundesamt für Migration und Flüchtlinge".

// maxRemitWords is the most words of a remit after "für".
const maxRemitWords = 4

// forRemitEndDE returns the end of the remit "für" + capitalised words
// (joined by "und") after the body's noun at k, or k+1 when none follows.
func forRemitEndDE(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k+1].low != "für" || !capWord(&toks[k+2]) {
		return k + 1
	}
	e := k + 3
	for e < len(toks) && e-k-2 < maxRemitWords {
		if capWord(&toks[e]) {
			e++
		} else if toks[e].low == "und" && e+1 < len(toks) && capWord(&toks[e+1]) {
			e += 2
		} else {
			break
		}
	}
	return e
}
