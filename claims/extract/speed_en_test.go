package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// foldSetWords returns every word of s, in the order of its lengths.
func foldSetWords(s *foldSet) []string {
	var all []string
	for _, l := range s.byLen {
		all = append(all, l...)
	}
	return append(all, s.long...)
}

// TestFoldSetLikeFoldIn checks that each foldSet of the English rules
// answers as foldIn over the same words: for every word, its upper-case
// and title-case forms, each word with a letter changed, cut or doubled,
// with a long s or a Kelvin sign for an s or a k, and random strings.
func TestFoldSetLikeFoldIn(t *testing.T) {
	sets := map[string]*foldSet{"documentNounsEN": documentNounsEN, "extraSpeechVerbsEN": extraSpeechVerbsEN,
		"progressiveVerbsEN": progressiveVerbsEN, "stanceBlocksEN": stanceBlocksEN, "orgHeadsEN": orgHeadsEN,
		"opinionVerbsEN": opinionVerbsEN, "titleWordsEN": newFoldSet(titleWordsEN[:]...),
		"invented": newFoldSet("ab", "abcdefghijklmnopq", "Xyz", "xyzw", "ſun", "", "\u212ass", "qrs")}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "e", "s", "t", "k", "S", "K", "ſ", "\u212a", "ä", "\xe2", "-", "."}
	for name, s := range sets {
		words := foldSetWords(s)
		if len(words) == 0 {
			t.Fatalf("%s: no words", name)
		}
		cands := []string{"", "x", "The", "kſſ", "KſS", "Qrs", "ſ"}
		for _, w := range words {
			cands = append(cands, w, strings.ToUpper(w), strings.ToTitle(w[:min(1, len(w))])+w[min(1, len(w)):],
				w+"s", w+w, strings.ReplaceAll(w, "s", "ſ"), strings.ReplaceAll(w, "k", "\u212a"))
			for i := range len(w) {
				cands = append(cands, w[:i], w[:i]+"x"+w[i+1:], w[:i]+strings.ToUpper(w[i:i+1])+w[i+1:])
			}
		}
		for range 3000 {
			cands = append(cands, randomText(rng, pieces, 12))
		}
		for _, c := range cands {
			if got, want := s.has(c), foldIn(c, words...); got != want {
				t.Fatalf("%s.has(%q) = %v, foldIn says %v", name, c, got, want)
			}
		}
	}
}

// TestEndsInQuoteScan checks endsInQuote, which visits only the bytes of
// quoteLeadsEN, against a loop over every byte, on random texts of marks,
// apostrophes, other runes of the lead byte E2 (… – ’) and stray bytes.
func TestEndsInQuoteScan(t *testing.T) {
	pieces := []string{"We ", "won", ".", "!", "\"", "'", "''", "“", "”", "‘", "’", "…", "–", "\u00a0", "\xe2", "\xe2\x80", "«", "\n"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		text := randomText(rng, pieces, 14)
		for _, open := range []bool{false, true} {
			if got, want := endsInQuote(text, open), endsInQuoteEveryByteEN(text, open); got != want {
				t.Fatalf("endsInQuote(%q, %v) = %v, want %v", text, open, got, want)
			}
		}
	}
}

// endsInQuoteEveryByteEN is endsInQuote asking the marks at every byte.
func endsInQuoteEveryByteEN(text string, open bool) bool {
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '"':
			open = !open
		case text[i] == '\'' && i+1 < len(text) && text[i+1] == '\'':
			open = !open
			i++
		case strings.HasPrefix(text[i:], "“"):
			open = true
		case strings.HasPrefix(text[i:], "”"):
			open = false
		}
	}
	return open
}

// TestFirstMayFold checks firstMayFold against strings.EqualFold on every
// pair of first bytes followed by the same tail, and with runes that fold
// to ASCII letters (long s, Kelvin sign) after an ASCII byte.
func TestFirstMayFold(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			x, y := string([]byte{byte(a)})+"ab", string([]byte{byte(b)})+"ab"
			if strings.EqualFold(x, y) && !firstMayFold(byte(a), byte(b)) {
				t.Fatalf("firstMayFold(%#x, %#x) = false, but EqualFold(%q, %q)", a, b, x, y)
			}
		}
	}
	for _, p := range [][2]string{{"ſun", "Sun"}, {"\u212aey", "key"}, {"sun", "SUN"}, {"@a", "`a"}} {
		if strings.EqualFold(p[0], p[1]) && !firstMayFold(p[0][0], p[1][0]) {
			t.Fatalf("firstMayFold(%q, %q) = false, but EqualFold", p[0], p[1])
		}
	}
	if firstMayFold('a', 'b') || firstMayFold('s', 'T') {
		t.Fatal("firstMayFold lets ASCII letters of other words through")
	}
}

// TestTitleWordByLenEN checks titleWordEN, which compares a word with the
// title words of its length (foldInList), against foldIn over the whole
// list, on every title word in several cases, cut, lengthened, with a
// hyphenated prefix and with a stop, and on random strings.
func TestTitleWordByLenEN(t *testing.T) {
	slow := func(w string) bool {
		w = strings.TrimSuffix(w, ".")
		if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
			return titleWordEN(w[k+1:]) || wordCategory(w[k+1:])&cRole != 0
		}
		return foldIn(w, titleWordsEN[:]...)
	}
	var cands []string
	for _, w := range titleWordsEN {
		cands = append(cands, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", "ex-"+w, w[1:], w+"x", "q"+w[1:])
	}
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "e", "i", "o", "r", "t", "n", "c", "C", "ſ", "\u212a", "-", "."}
	for range 3000 {
		cands = append(cands, randomText(rng, pieces, 10))
	}
	for _, c := range cands {
		if got, want := titleWordEN(c), slow(c); got != want {
			t.Fatalf("titleWordEN(%q) = %v, foldIn says %v", c, got, want)
		}
	}
}
