package extract

import "unicode/utf8"

// footnoteMarkLen returns the length in bytes of a footnote's mark that
// opens s, as text from a print layout or a reference page has after a
// sentence's full stop ("… 90 Millionen Euro.² Die …", "… in 2020.[3] The
// …"): a run of superscript digits, or one to three digits in square
// brackets; 0 when s opens with none. The mark goes with the sentence
// before it (sentences).
func footnoteMarkLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isSuperscriptDigit(r) {
			break
		}
		n += size
	}
	if n > 0 || len(s) < 3 || s[0] != '[' {
		return n
	}
	k := 1
	for k < len(s) && k <= 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k > 1 && k < len(s) && s[k] == ']' {
		return k + 1
	}
	return 0
}

// isSuperscriptDigit reports whether r is one of ⁰ ¹ ² ³ ⁴ … ⁹.
func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r >= '⁰' && r <= '⁹' && r != 'ⁱ' && r != '\u2072' && r != '\u2073'
}
