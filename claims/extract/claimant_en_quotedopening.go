package extract

// "“The Harbor Council cannot punish reporters,” NBC said.": a name inside
// a quotation that opens the sentence belongs to the quoted words; it is
// not the subject of the verb of saying after the quotation, even when
// the subject there is one the rules do not take as a name.

// quoteClosesBeforeEN reports whether the quotation mark at token q opens
// a quotation that another quotation mark closes before token v.
func quoteClosesBeforeEN(toks []token, q, v int) bool {
	for k := q + 1; k < v; k++ {
		if toks[k].is(tQuote) {
			return true
		}
	}
	return false
}
