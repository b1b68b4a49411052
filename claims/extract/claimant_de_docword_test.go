package extract

import (
	"strings"
	"testing"
)

// TestDocumentWordDE checks documentWordDE, which asks a wordFilter before
// the map and compares a word only with the publication heads of its last
// byte, against the plain definition: the word in documentNounsDE, or any
// publication head at its end after a stem of three bytes at least. The
// words are the lists' own, compounds made of them, their cuts and
// invented nouns.
func TestDocumentWordDE(t *testing.T) {
	plainPub := func(w string) bool {
		for _, h := range publicationHeadsDE {
			if len(w) >= len(h)+3 && strings.HasSuffix(w, h) {
				return true
			}
		}
		return false
	}
	words := []string{"", "e", "ab", "abc", "wasserstand", "fährbetrieb", "hafenmeisterei", "ruderregatta"}
	for w := range documentNounsDE {
		words = append(words, w, "jahres"+w, "xy"+w, w[1:], w[:len(w)-1], w+"s")
	}
	for _, h := range publicationHeadsDE {
		words = append(words, h, "ab"+h, "abc"+h, "kurz"+h, h+"en", h[1:])
	}
	for _, w := range words {
		if got, want := publicationCompoundDE(w), plainPub(w); got != want {
			t.Errorf("publicationCompoundDE(%q) = %v, want %v", w, got, want)
		}
		if got, want := documentWordDE(w), documentNounsDE[w] || plainPub(w); got != want {
			t.Errorf("documentWordDE(%q) = %v, want %v", w, got, want)
		}
	}
}
