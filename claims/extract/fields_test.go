package extract

import (
	"strings"
	"testing"
)

// TestNextField checks nextField against strings.Fields, also on spaces
// outside ASCII and broken bytes (fails when a byte of 0x80 or more is
// taken as a rune of its own, not decoded: tried).
func TestNextField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "Stand:\u00a005.12.2026 14:32\u2003Uhr", "\u2003©\u00a02026",
		"a\u0085b\u2028c\u3000d\ve\ff\rg", "\xff \xe2\x80 a\xc2", "Ärzte\u00a0über  Öl", "\u200bnull\u200bbreite", "ein\x00zwei\x1cdrei"} {
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if want := strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
