package extract

// unquotedIndex returns the index of the first token outside double
// quotation marks (doubleQuote) for which match is true, -1 if none. The
// quotation marks themselves are never matched.
func unquotedIndex(toks []token, text string, match func(i int) bool) int {
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if !quoted && match(i) {
			return i
		}
	}
	return -1
}
