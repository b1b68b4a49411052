package extract

import (
	"strings"
	"testing"
)

// TestLongUnitsInPieces checks that a sentence or a line longer than
// maxUnitBytes is read in pieces of at most that length, cut at white
// space, every word kept whole and in order, in both splits; a word
// longer than the limit stays whole. One "sentence" of 20 MB took 1.5 GB
// to read whole.
func TestLongUnitsInPieces(t *testing.T) {
	sentence := strings.Repeat("Der Rat der Stadt Kalben tagte am Montag und beschloss 12 Millionen Euro ", 2000) // 146 KB, no stop
	word := strings.Repeat("x", maxUnitBytes+10)
	for _, text := range []string{sentence, sentence + ".\n\nZweiter Absatz.", "Kurz. " + word + " Ende.", "\u00a0" + sentence + "\u2028" + sentence} {
		for _, split := range []string{"", "lines"} {
			units := Extract(text, Options{Lang: "de", Split: split})
			var words []string
			for _, u := range units {
				if len(u.Text) > maxUnitBytes && strings.ContainsFunc(u.Text, isSpaceRune) {
					t.Fatalf("split %q: a unit of %d bytes", split, len(u.Text))
				}
				words = append(words, strings.Fields(u.Text)...)
			}
			if strings.Join(words, " ") != strings.Join(strings.Fields(text), " ") {
				t.Fatalf("split %q: the units do not hold the text's words in order", split)
			}
			if len(units) < len(text)/maxUnitBytes {
				t.Fatalf("split %q: %d units for %d bytes", split, len(units), len(text))
			}
		}
	}
}
