package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestFoldLetter checks foldLetter's promise: any two runes that fold to
// each other (strings.EqualFold) end in bytes that foldLetter maps alike.
func TestFoldLetter(t *testing.T) {
	last := func(r rune) byte { s := string(r); return s[len(s)-1] }
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if foldLetter[last(r)] != foldLetter[last(f)] {
				t.Fatalf("%U and %U fold alike, but their last bytes map to %q and %q", r, f, foldLetter[last(r)], foldLetter[last(f)])
			}
		}
	}
	if foldLetter['Q'] != 'q' || foldLetter['q'] != 'q' || foldLetter['k'] != 0 || foldLetter['-'] != 0 {
		t.Errorf("foldLetter maps Q, q, k, - to %q, %q, %q, %q", foldLetter['Q'], foldLetter['q'], foldLetter['k'], foldLetter['-'])
	}
}

// TestSuffixSet compares suffixSet.first with trying the suffixes in order
// by hasSuffixFold, on random words of letters that fold in every way
// (Kelvin sign, long s, umlauts, invalid bytes), with the lists of
// bodyHeadsDE, germanTitleEnds, titleLikeEnds and made-up ones.
func TestSuffixSet(t *testing.T) {
	plain := func(sufs []string, w string) string {
		for _, s := range sufs {
			if hasSuffixFold(w, s) {
				return s
			}
		}
		return ""
	}
	var titles, titleLikes []string
	for b := range germanTitleEnds {
		titles = append(titles, germanTitleEnds[b]...)
		titleLikes = append(titleLikes, titleLikeEnds[b]...)
	}
	lists := [][]string{bodyHeadsDE[:], titles, titleLikes, {"k", "S", "ſ", "\u212a", "ö", "Ä", "s", "ak", "-", "\xff", "AMT", "t"}, {"ſs", "ſſk"}}
	letters := []string{"a", "A", "k", "K", "\u212a", "s", "S", "ſ", "t", "T", "ä", "Ä", "ö", "Ö", "m", "-", "\xff", "\xc3"}
	rng := rand.New(rand.NewSource(1))
	for _, sufs := range lists {
		set := newSuffixSet(sufs...)
		words := []string{"", "xsſ", "xss\u212a"} // "ſs" and "ſſk" in other bytes
		for _, s := range sufs {
			words = append(words, s, strings.ToUpper(s), "X"+strings.ToLower(s), s[:len(s)-1])
		}
		for range 20000 {
			var b strings.Builder
			for range rng.Intn(6) {
				b.WriteString(letters[rng.Intn(len(letters))])
			}
			words = append(words, b.String(), b.String()+sufs[rng.Intn(len(sufs))])
		}
		for _, w := range words {
			if got, want := set.first(w), plain(sufs, w); got != want {
				t.Fatalf("first(%q) = %q, want %q (suffixes %q)", w, got, want, sufs)
			}
		}
	}
}
