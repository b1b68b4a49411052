package extract

import (
	"strings"
	"testing"
)

// TestNextField checks nextField against strings.Fields.
func TestNextField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "Stand:\u00a005.12.2026 14:32\u2003Uhr", "\u2003©\u00a02026"} {
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if want := strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
