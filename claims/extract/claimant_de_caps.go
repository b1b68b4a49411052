package extract

import "slices"

// Several German note loops act only at a capitalised word (capWord) and
// tested every token of the unit for one, a branch the processor often
// mispredicts. attribute lists the unit's capitalised words once
// (docState.caps, for the tokens capsFor), and claimant again when it
// reads fewer tokens (after a time stamp: stampedClaimant); those loops
// read the list instead (capsOf) and visit the same words in the same
// order. claimant forgets the list at its end.

// appendCaps appends the index of every capitalised word of toks
// (capWord) to dst, in order. It writes every index and counts it only for
// a capitalised word (capBit), without a branch on the word.
func appendCaps(dst []int32, toks []token) []int32 {
	n := len(dst)
	dst = slices.Grow(dst, len(toks))[:n+len(toks)]
	for k := range toks {
		dst[n] = int32(k)
		n += capBit(toks[k].flags)
	}
	return dst[:n]
}

// capBit is 1 for the flags of a capitalised word (capWord: tCap, not
// tPunct), 0 otherwise.
func capBit(f uint8) int {
	return int(f/tCap) &^ int(f/tPunct) & 1
}

// noteCaps lists the capitalised words of toks, the tokens of the German
// unit attribute or claimant reads, for capsOf; when it listed these very
// tokens already, the list stands.
func (d *docState) noteCaps(toks []token) {
	if !d.listed(toks) {
		d.caps, d.capsFor = appendCaps(d.caps[:0], toks), toks
	}
}

// listed reports whether toks are the very tokens noteCaps listed last.
func (d *docState) listed(toks []token) bool {
	return len(toks) > 0 && len(toks) == len(d.capsFor) && &toks[0] == &d.capsFor[0]
}

// capsOf returns the indices of the capitalised words of toks, in order:
// the list noteCaps made when toks are the very tokens it listed, else a
// new one.
func (d *docState) capsOf(toks []token) []int32 {
	if d.listed(toks) {
		return d.caps
	}
	return appendCaps(nil, toks)
}
