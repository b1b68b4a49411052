package extract

import (
	"strings"
	"testing"
)

// TestPlainNameWords checks that plainName, which no longer allocates, reads
// the words as strings.Fields does, spaces of any kind and runs of them
// included.
func TestPlainNameWords(t *testing.T) {
	old := func(s string) bool {
		for _, w := range strings.Fields(s) {
			if !upperFirst(w) || wordCategory(w)&(cMonth|cWeekday|cRelDate|cTimeNoun) != 0 {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"", " ", "Ann Lee", "Ann  Lee", " Ann Lee ", "Ann\u00a0lee", "Ann\tLee", "ann Lee", "Ann Monday", "Ann\u2003Lee x", "Über Ärger", "A  b"} {
		if plainName(s) != old(s) {
			t.Errorf("%q: %v vs %v", s, plainName(s), old(s))
		}
	}
}
