package extract

// Several German note loops act only at a capitalised word (capWord) and
// tested every token of the unit for one, a branch the processor often
// mispredicts. claimant lists the unit's capitalised words once
// (docState.caps, for the tokens capsFor); those loops read the list
// instead (capsOf) and visit the same words in the same order.

// appendCaps appends the index of every capitalised word of toks
// (capWord) to dst, in order.
func appendCaps(dst []int32, toks []token) []int32 {
	for k := range toks {
		if capWord(&toks[k]) {
			dst = append(dst, int32(k))
		}
	}
	return dst
}

// noteCaps lists the capitalised words of toks, the tokens of the German
// unit claimant reads, for capsOf.
func (d *docState) noteCaps(toks []token) {
	d.caps, d.capsFor = appendCaps(d.caps[:0], toks), toks
}

// capsOf returns the indices of the capitalised words of toks, in order:
// the list noteCaps made when toks are the very tokens it listed, else a
// new one.
func (d *docState) capsOf(toks []token) []int32 {
	if len(toks) > 0 && len(toks) == len(d.capsFor) && &toks[0] == &d.capsFor[0] {
		return d.caps
	}
	return appendCaps(nil, toks)
}
