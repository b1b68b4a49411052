package extract

import "strings"

// The claimant rules look up many a capitalised word of a claimant in a
// map of lower-case words (m[strings.ToLower(w)]); strings.ToLower
// allocates a new string for each such word. lowerIn lowers the word into
// a buffer on the stack instead: Go looks a map up by string(b) of a byte
// slice b without allocating.

// lowerIn returns m[strings.ToLower(w)], without allocating for a word
// whose lower case has up to 64 bytes. appendLower lowers as
// strings.ToLower does (TestAppendLowerToLower).
func lowerIn[V any](m map[string]V, w string) V {
	var buf [64]byte
	return m[string(appendLower(buf[:0], w))]
}

// fieldsInto appends the fields of s, as strings.Fields splits it, to dst:
// given a buffer on the caller's stack (var buf [8]string; fieldsInto(buf[:0],
// s)), a claimant of up to eight words is split without allocating.
func fieldsInto(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}
