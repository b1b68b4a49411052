package extract

import (
	"unicode"
	"unicode/utf8"
)

// letterEndsSentence reports whether a stop after a single capital letter
// r (the word text[w:w+size of r]) ends its sentence after all. A letter
// and a stop is mostly an initial ("Donald J. Trump") or the end of a
// short form ("z. B."), so it ends none; but no name goes on with an
// article after an initial, so when the next word (at k) is an article
// (der, die, ein, the, a …) the letter was the last word of its sentence:
// "schrieb sie auf X. Die Einigung sieht vor …", "got a standing O. The
// problem …". The second letter of a short form ("z. B. Der Spiegel")
// stays inside.
func letterEndsSentence(text string, b span, w int, r rune, k int) bool {
	if !unicode.IsUpper(r) {
		return false
	}
	e := letterRunEnd(text, k, b.e, 8)
	if e == k || wordCategory(text[k:e])&cDet == 0 {
		return false
	}
	return !afterLetterStop(text, b, w)
}

// afterLetterStop reports whether white space and, before it, a single
// letter with a stop come right before w ("z. " before "B.").
func afterLetterStop(text string, b span, w int) bool {
	p := w
	for p > b.s {
		r, size := utf8.DecodeLastRuneInString(text[b.s:p])
		if !isSpaceRune(r) {
			break
		}
		p -= size
	}
	if p == w || p <= b.s || text[p-1] != '.' {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[b.s : p-1])
	if !unicode.IsLetter(r) {
		return false
	}
	q := p - 1 - size
	before, _ := utf8.DecodeLastRuneInString(text[b.s:q])
	return q == b.s || !unicode.IsLetter(before)
}
