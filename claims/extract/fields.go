package extract

import "unicode/utf8"

// nextField returns the first word of s as strings.Fields splits it (a
// run of characters between white space, unicode.IsSpace) and the text
// after it; "" when s holds no word. An ASCII byte is tested as it is
// (isSpaceRune: the same answer as unicode.IsSpace, without its call); a
// byte that is not decodes its rune first, as ranging over s would
// (utf8.RuneError of one byte for a broken one).
func nextField(s string) (w, rest string) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpaceRune(r) {
			if start >= 0 {
				return s[start:i], s[i:]
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}
