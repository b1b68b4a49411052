package extract

import "unicode"

// nextField returns the first word of s as strings.Fields splits it (a
// run of characters between white space, unicode.IsSpace) and the text
// after it; "" when s holds no word.
func nextField(s string) (w, rest string) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				return s[start:i], s[i:]
			}
		} else if start < 0 {
			start = i
		}
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}
