package extract

import (
	"strings"
	"testing"
)

// TestSeparableParticipleEnNoJoinDE compares separableParticipleEnDE,
// which tests the particle and "ge" in place, with joining them and
// cutting the prefix, on invented words of every particle, short and long
// rests, and near misses.
func TestSeparableParticipleEnNoJoinDE(t *testing.T) {
	joined := func(w string) bool {
		if !strings.HasSuffix(w, "en") {
			return false
		}
		for _, p := range [...]string{"vor", "an", "auf", "aus", "ab", "zu", "ein", "nach", "zurück", "hervor", "dar", "bekannt"} {
			if rest, ok := strings.CutPrefix(w, p+"ge"); ok && len(rest) >= 5 {
				return true
			}
		}
		return false
	}
	var words []string
	for _, p := range []string{"vor", "an", "auf", "aus", "ab", "zu", "ein", "nach", "zurück", "hervor", "dar", "bekannt", "", "v", "übe", "zurüc"} {
		for _, g := range []string{"ge", "g", "", "gE", "geg"} {
			for _, rest := range []string{"", "en", "ten", "aen", "bfen", "trfen", "worfen", "sprochen", "ge", "geben", "gebe"} {
				words = append(words, p+g+rest)
			}
		}
	}
	for _, w := range words {
		if got, want := separableParticipleEnDE(w), joined(w); got != want {
			t.Errorf("separableParticipleEnDE(%q) = %v, want %v", w, got, want)
		}
	}
	if !separableParticipleEnDE("vorgeworfen") || separableParticipleEnDE("vorgeben") {
		t.Error("vorgeworfen or vorgeben misjudged")
	}
}
