package extract

// "Und wer könne sich das Obst dann noch leisten?": a question outside quotation marks whose only sign of reported speech
// is its Konjunktiv is the author's own question to the reader, not the
// speaker of the units before going on (a question in the first person
// of an interview or a protocol is carried by other rules).

// authorQuestionDE reports whether the unit ends with a question mark and
// holds no quotation mark.
func authorQuestionDE(toks []token) bool {
	if len(toks) == 0 || toks[len(toks)-1].p != '?' {
		return false
	}
	for k := range toks {
		if toks[k].is(tQuote) {
			return false
		}
	}
	return true
}
