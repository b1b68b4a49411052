package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHyphenAcronym checks hyphenAcronym on made-up compounds and against
// its former form (no early test of the second byte) on random words.
func TestHyphenAcronym(t *testing.T) {
	for w, want := range map[string]bool{
		"EU-Kommission": true, "UNO-Sprecher": true, "ABCDE-Werk": true, "US-x": true,
		"Eu-Kommission": false, "E-Mail": false, "ABCDEF-Werk": false, "EU-": false, "EU": false, "Berlin": false, "-EU-Amt": false,
	} {
		if got := hyphenAcronym(w); got != want {
			t.Errorf("hyphenAcronym(%q) = %v, want %v", w, got, want)
		}
	}
	pieces := []string{"A", "Z", "E", "U", "a", "z", "-", "ä", "Ä", "1", "@", "["}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		w := randomText(rng, pieces, 9)
		if got, want := hyphenAcronym(w), hyphenAcronymFormer(w); got != want {
			t.Fatalf("hyphenAcronym(%q) = %v, the former form %v", w, got, want)
		}
	}
}

func hyphenAcronymFormer(word string) bool {
	k := strings.IndexByte(word, '-')
	if k < 2 || k > 5 {
		return false
	}
	for i := 0; i < k; i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return k+1 < len(word)
}

// TestIsInitial checks isInitial on made-up names and against its former
// order of tests (the word's shape before the full stop after it) at every
// token of random texts.
func TestIsInitial(t *testing.T) {
	var z tokenizer
	for text, want := range map[string]int{
		"Die Ärztin Mara K. Olsen sagte das.": 3,
		"Mara K.J. Olsen sagte das.":          1,
		"Der U.S. Senat tagt.":                -1,
		"Mara K. olsen sagte das.":            -1,
		"Mara K . Olsen sagte das.":           -1,
		"Mara Olsen sagte das.":               -1,
	} {
		toks := z.tokenize(text, lexDE)
		got := -1
		for j := range toks {
			if isInitial(toks, j) {
				got = j
				break
			}
		}
		if got != want {
			t.Errorf("%q: initial at token %d, want %d", text, got, want)
		}
	}
	pieces := []string{"Mara ", "K", "K.", "k", ".", " ", "T.S", "U.S", "Olsen", "olsen", "-", "„", "A. ", "B.C.D"}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 5000 {
		text := randomText(rng, pieces, 10)
		toks := z.tokenize(text, lexEN)
		for j := range toks {
			if got, want := isInitial(toks, j), isInitialFormer(toks, j); got != want {
				t.Fatalf("%q token %d: %v, the former order %v", text, j, got, want)
			}
		}
	}
}

func isInitialFormer(toks []token, j int) bool {
	t := &toks[j]
	return t.is(tCap) && (t.e-t.s == 1 || dottedInitials(t.low)) && j+2 < len(toks) && toks[j+1].p == '.' && toks[j+1].s == t.e &&
		toks[j+2].is(tCap) && !toks[j+2].is(tPunct)
}
