package extract

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNormHashRunes checks normHashBuf against its definition, asking
// package unicode, for every rune below latinEnd (read from latin) and
// runes past it: a text with the rune between two letters hashes as the
// bytes of its letters and digits, lower-cased, a rune other than ASCII
// as the bytes of its code point, low first.
func TestNormHashRunes(t *testing.T) {
	var runes []rune
	for r := rune(0); r < latinEnd+0x40; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'Ω', 'ω', 'Ж', '–', '’', '€', '𝔸', 0x10FFFF, utf8.RuneError)
	for _, r := range runes {
		s := "Q" + string(r) + "b"
		want := []byte{'q'}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for l := unicode.ToLower(r); l != 0; l >>= 8 {
				want = append(want, byte(l))
			}
		}
		want = append(want, 'b')
		if r < utf8.RuneSelf {
			want = []byte{'q', byte(unicode.ToLower(r)), 'b'}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				want = []byte{'q', 'b'}
			}
		}
		if h, ok := normHash(s); !ok || h != hashBytes(want) {
			t.Errorf("normHash(%q) = %x, %v; want %x, the hash of %q", s, h, ok, hashBytes(want), want)
		}
	}
}
