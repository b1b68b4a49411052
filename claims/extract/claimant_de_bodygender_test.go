package extract

import (
	"strings"
	"testing"
)

// TestBodyGenderDE checks bodyGenderDE, which finds a word's head among
// those of its last letter (genderedBodyHeadSetDE), against its plain
// definition: a council's gender by councilHeadDE, else the gender of the
// first head of genderedBodyHeadsDE that ends the word, case ignored. The
// words are the heads, compounds, case variants, cuts and invented nouns.
func TestBodyGenderDE(t *testing.T) {
	plain := func(w string) byte {
		if adj, ok := councilHeadDE(w); ok {
			switch adj {
			case "r":
				return 'm'
			case "":
				return 'f'
			}
			return 0
		}
		for _, h := range genderedBodyHeadsDE {
			if hasSuffixFold(w, h.head) {
				return h.g
			}
		}
		return 0
	}
	words := []string{"", "a", "Ab", "Wasserstand", "Fährbetrieb", "Ethikrat", "Verkehrsausschuss", "Hafenmeisterei", "Uferweg", "AGENTUR", "Kelvin\u212a"}
	for _, h := range genderedBodyHeadsDE {
		up := strings.ToUpper(h.head[:1]) + h.head[1:]
		words = append(words, h.head, up, strings.ToUpper(h.head), "Landes"+h.head, "Hafen"+h.head+"s", up[1:], up[:len(up)-1], "X"+up+"en")
	}
	for _, w := range words {
		if got, want := bodyGenderDE(w), plain(w); got != want {
			t.Errorf("bodyGenderDE(%q) = %q, want %q", w, got, want)
		}
	}
}
