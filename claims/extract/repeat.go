package extract

import (
	"unicode"
	"unicode/utf8"
)

// A unit that repeats an earlier unit of its text — a headline repeated as
// a photo caption, a teaser repeated in the body, a credit line under every
// picture — adds nothing the reader has not read: by the guide a bare
// repetition is not check-worthy. Whether a unit repeats one is a context
// input (cxRepeat) with a learned weight. Two units are the same when their
// letters and digits, lower-cased, are the same: case, spaces, punctuation
// and quotation marks do not count.

// repeatSet holds the normalised texts (as hashes) of the units read so far.
type repeatSet struct {
	seen map[uint64]struct{}
}

// repeats reports whether unit ut repeats a unit added before, and adds
// it. A unit without letters or digits repeats nothing.
func (r *repeatSet) repeats(ut string) bool {
	h, ok := normHash(ut)
	if !ok {
		return false
	}
	if _, dup := r.seen[h]; dup {
		return true
	}
	if r.seen == nil {
		r.seen = map[uint64]struct{}{}
	}
	r.seen[h] = struct{}{}
	return false
}

// normHash hashes the letters and digits of s, lower-cased (FNV-1a, 64
// bits); ok is false when s has none.
func normHash(s string) (h uint64, ok bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h = offset
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			default:
				continue
			}
			h = (h ^ uint64(c)) * prime
			ok = true
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		for k := 0; k < 4 && r != 0; k++ { // the rune's bytes, low first
			h = (h ^ uint64(r&0xff)) * prime
			r >>= 8
		}
		ok = true
	}
	return h, ok
}
