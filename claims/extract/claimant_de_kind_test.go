package extract

import (
	"strings"
	"testing"
)

// TestKindNamedDE checks that a bare kind noun after a definite article is
// the body the text introduced with that kind, and that a kind noun the
// text introduced with no name stays.
func TestKindNamedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Hilfsorganisation Brunnenwerk baut in Mali. „Das Geld reicht nicht“, kritisiert die Organisation.": "Brunnenwerk",
		"Das Unternehmen Kesselbau Nord stellt Pumpen her. Es fehlten Teile, teilte das Unternehmen mit.":       "Kesselbau Nord",
		"Eine Organisation baut in Mali. „Das Geld reicht nicht“, kritisiert die Organisation.":                 "Organisation",
	})
}

// TestKindHeadSet checks that kindHeadDE, which compares a word only with
// the kind nouns of its last letter, answers as the scan of all of
// kindHeadsDE in order, for each noun in three spellings, as the end of a
// compound, with a short and a missing prefix, and for other words.
func TestKindHeadSet(t *testing.T) {
	words := []string{"", "a", "Haus", "Bankett", "Sparbank", "Xbank", "Abbank", "Großbank"}
	for _, h := range kindHeadsDE {
		words = append(words, h, strings.ToLower(h), strings.ToUpper(h), "Groß"+strings.ToLower(h), "X"+h, "Ab"+h, h[1:], h+"e")
	}
	for _, w := range words {
		want := ""
		for _, h := range kindHeadsDE {
			if hasSuffixFold(w, h) && (len(w) == len(h) || len(w) > len(h)+2) {
				want = h
				break
			}
		}
		if got := kindHeadDE(w); got != want {
			t.Errorf("kindHeadDE(%q) = %q, want %q", w, got, want)
		}
	}
}
