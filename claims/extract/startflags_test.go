package extract

import (
	"testing"
	"unicode/utf8"
)

// TestStartFlags checks startFlags against the tests the tokenizer made of
// a word's first rune before it (isWordRune, a digit, a capital), for
// every rune up to U+FFFF and those past it in steps.
func TestStartFlags(t *testing.T) {
	plain := func(r rune) uint8 {
		if !isWordRune(r) {
			return 0
		}
		if r >= '0' && r <= '9' || r >= utf8.RuneSelf && infoOf(r).class&rcDigit != 0 {
			return tNum
		}
		if infoOf(r).class&rcUpper != 0 {
			return tWord | tCap
		}
		return tWord
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r > 0xffff {
			r += 97
		}
		if got, want := startFlags(r), plain(r); got != want {
			t.Fatalf("startFlags(%U) = %b, want %b", r, got, want)
		}
	}
}
