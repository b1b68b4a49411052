package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSuffixSetFoldTail compares suffixSet.first of a set of one suffix
// (its pre-check foldTailDiffers, then strings.EqualFold) with
// strings.EqualFold on the word's tail alone, on all
// pairs of short strings of pieces that fold in every way (Kelvin sign,
// long s, umlauts in both cases, invalid bytes, ASCII signs) and on random
// longer ones.
func TestSuffixSetFoldTail(t *testing.T) {
	slow := func(w, suf string) bool {
		return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
	}
	pieces := []string{"", "a", "A", "k", "K", "\u212a", "s", "S", "ſ", "t", "T", "ä", "Ä", "ö", "Ö", "-", "'", "@", "`",
		"\xff", "\xc3", "\xa4", "\xbf", "\u00df", "ẞ", "i", "I", "\u0130", "\u0131", "1"}
	// Short words of two pieces, and of three pieces that fold across
	// each other's byte boundaries ("ſas" and "saſ" are alike, case
	// ignored, but end in bytes of different runes).
	var words []string
	for _, a := range pieces {
		for _, b := range pieces {
			words = append(words, a+b)
		}
	}
	folding := []string{"a", "A", "s", "S", "ſ", "k", "K", "\u212a", "ä", "-", "\xbf"}
	for _, a := range folding {
		for _, b := range folding {
			for _, c := range folding {
				words = append(words, a+b+c)
			}
		}
	}
	for _, suf := range words {
		if suf == "" {
			continue // no suffix of a set
		}
		set := newSuffixSet(suf)
		for _, w := range words {
			if got, want := set.first(w) == suf, slow(w, suf); got != want {
				t.Fatalf("first(%q) of {%q}: %v, want %v", w, suf, got, want)
			}
		}
	}
	rng := rand.New(rand.NewSource(2))
	for range 200000 {
		var b, c strings.Builder
		for range rng.Intn(6) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		for range rng.Intn(4) {
			c.WriteString(pieces[rng.Intn(len(pieces))])
		}
		w, suf := b.String()+c.String(), strings.ToUpper(c.String())
		if rng.Intn(2) == 0 {
			suf = c.String()
		}
		if suf == "" {
			continue
		}
		if got, want := newSuffixSet(suf).first(w) == suf, slow(w, suf); got != want {
			t.Fatalf("first(%q) of {%q}: %v, want %v", w, suf, got, want)
		}
	}
	// The pre-check must also leave out words that end otherwise.
	for _, c := range [][2]string{{"Bezirks", "Bezirk"}, {"Landesministerin", "Ministerium"}, {"Landrat", "Amt"}, {"Verwaltungen", "Verwaltung"}} {
		if !foldTailDiffers(c[0], c[1]) {
			t.Errorf("foldTailDiffers(%q, %q) = false, want true", c[0], c[1])
		}
	}
}
