package extract

// wordFilter is a set of bits, one for each word of a list, at wordBit: a
// word whose bit is clear is not in the list. The claimant rules that look
// up every word of a unit in a Go map of a few dozen words ask it first,
// as most words are in no such map and the filter answers for less.
type wordFilter [eventBits / 64]uint64

// wordBit returns the bit of w in a wordFilter: for a word of two bytes or
// more the hash of its length, first two and last two bytes (eventBit).
func wordBit(w string) uint32 {
	if len(w) < 2 {
		return uint32(len(w)) // the bits of "" and of all one-byte words
	}
	return eventBit(w)
}

// newWordFilter returns the filter of the keys of m.
func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		b := wordBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

// unionFilter returns the filter of words and of every word of the filters
// fs.
func unionFilter(words []string, fs ...*wordFilter) *wordFilter {
	u := new(wordFilter)
	for _, w := range words {
		b := wordBit(w)
		u[b/64] |= 1 << (b % 64)
	}
	for _, f := range fs {
		for i := range u {
			u[i] |= f[i]
		}
	}
	return u
}

// mayHold reports whether w may be one of the filter's words: false means
// it is none of them.
func (f *wordFilter) mayHold(w string) bool {
	return f.has(wordBit(w))
}

// has reports whether the bit b (wordBit) is set.
func (f *wordFilter) has(b uint32) bool {
	return f[b/64]&(1<<(b%64)) != 0
}

// anyMayHold reports whether the lower case of a token of toks may be one
// of the filter's words: false means none is.
func (f *wordFilter) anyMayHold(toks []token) bool {
	for k := range toks {
		if f.mayHold(toks[k].low) {
			return true
		}
	}
	return false
}

// hasLow reports whether a token of toks is the word low in lower case.
func hasLow(toks []token, low string) bool {
	for k := range toks {
		if toks[k].low == low {
			return true
		}
	}
	return false
}
