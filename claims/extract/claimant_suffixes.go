package extract

import "strings"

// Lists of endings that the claimant rules test on every capitalised word
// (bodyHeadDE) or every word before a name (germanTitle, titleLike), case
// ignored.
// Compared one by one with strings.EqualFold, most of the work is spent on
// endings whose last letter is not the word's. A suffixSet keeps the
// endings by their last byte, so that a word is compared only with those
// that may end it.

// foldLetter maps an ASCII letter to its lower case, and every other byte,
// and k, K, s, S, to 0. When a word ends in a suffix, case ignored
// (strings.EqualFold), their last bytes map alike: an ASCII letter folds
// only to itself in the other case, but for k and s, which also fold to
// the Kelvin sign and the long s (not ASCII, so their bytes map to 0 too).
// TestFoldLetter checks this against strings.EqualFold.
var foldLetter = func() (f [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		if c != 'k' && c != 's' {
			f[c], f[c-'a'+'A'] = c, c
		}
	}
	return f
}()

// suffixSet holds non-empty suffixes by foldLetter of their last byte, each
// group in the order given.
type suffixSet [256][]string

// newSuffixSet returns the set of the suffixes sufs, none of them empty.
func newSuffixSet(sufs ...string) *suffixSet {
	s := new(suffixSet)
	for _, suf := range sufs {
		if suf == "" {
			panic("extract: empty suffix in a suffixSet")
		}
		b := foldLetter[suf[len(suf)-1]]
		s[b] = append(s[b], suf)
	}
	return s
}

// of returns the suffixes of the set that w may end with, in the order
// given: those whose last byte maps as w's does (foldLetter).
func (s *suffixSet) of(w string) []string {
	if w == "" {
		return nil
	}
	return s[foldLetter[w[len(w)-1]]]
}

// first returns the first suffix, in the order given, that w ends with,
// case ignored (hasSuffixFold); "" when it ends with none. Most words end
// in another pair of bytes than the suffixes of their last letter:
// foldTailDiffers tells them before strings.EqualFold.
func (s *suffixSet) first(w string) string {
	for _, suf := range s.of(w) {
		if len(w) >= len(suf) && !foldTailDiffers(w, suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return suf
		}
	}
	return ""
}
