package extract

// "Die Initiative „Mehr Grün“ hat nach eigenen Angaben …": a body's name in
// quotation marks right after its noun belongs to the Vorfeld; the words
// inside the marks are no verb.

// quotedNameMarkDE reports whether token k is a quotation mark that opens a
// name right after a capitalised noun (quoted false), or closes one
// (quoted true).
func quotedNameMarkDE(toks []token, k int, quoted bool) bool {
	if !toks[k].is(tQuote) {
		return false
	}
	return quoted || k > 0 && capWord(&toks[k-1]) && k+1 < len(toks) && capWord(&toks[k+1])
}
