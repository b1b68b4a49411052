package extract

import "strings"

// foldSet is a list of words looked up with the case ignored, as foldIn
// does, but kept grouped by length: foldIn walks its whole list and
// passes over every word whose length is not w's, so only the words of
// w's length can answer. A rule that asks a long list for every word of a
// unit asks a foldSet instead and compares w with a handful of words.
type foldSet struct {
	byLen  [16][]string // the words of each length below 16
	firsts [16]uint32   // of each length: bit b&31 for the first byte b of each word; all bits if one starts with a non-ASCII byte
	long   []string     // the words of 16 bytes or more
}

// newFoldSet returns the foldSet of words.
func newFoldSet(words ...string) *foldSet {
	s := new(foldSet)
	for _, w := range words {
		if len(w) < len(s.byLen) {
			s.byLen[len(w)] = append(s.byLen[len(w)], w)
			switch {
			case w == "":
			case w[0] >= 0x80:
				s.firsts[len(w)] = ^uint32(0) // may fold with an ASCII byte (Kelvin sign, long s)
			default:
				s.firsts[len(w)] |= 1 << (w[0] & 31)
			}
		} else {
			s.long = append(s.long, w)
		}
	}
	return s
}

// has reports whether w is one of the set's words, case ignored: the
// answer of foldIn(w, words...) for the words the set was made of. A word
// whose first byte rules it out (firstMayFold) is passed over without
// strings.EqualFold, and a word of ASCII first byte none of whose length
// starts alike (firsts) is passed over without looking at the list.
func (s *foldSet) has(w string) bool {
	if len(w) >= len(s.byLen) {
		return foldInList(w, s.long)
	}
	if w != "" && w[0] < 0x80 && s.firsts[len(w)]&(1<<(w[0]&31)) == 0 {
		return false // no word of its length passes firstMayFold: an ASCII byte folds only with its case pair, which has the same low five bits
	}
	return foldInList(w, s.byLen[len(w)])
}

// foldInList is foldIn(w, list...), asking firstMayFold before
// strings.EqualFold.
func foldInList(w string, list []string) bool {
	for _, x := range list {
		if len(x) == len(w) && (w == "" || firstMayFold(w[0], x[0])) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// firstMayFold reports whether strings of the same length starting with
// the bytes a and b may be equal under strings.EqualFold: false only when
// both are ASCII and differ in more than the bit of ASCII case (0x20), as
// an ASCII rune folds with no other ASCII rune but its case pair.
func firstMayFold(a, b byte) bool {
	return a|b >= 0x80 || (a^b)&^0x20 == 0
}
