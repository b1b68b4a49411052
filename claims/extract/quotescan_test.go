package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestQuoteFinder checks newQuoteFinder against a scan byte by byte for
// the bytes that may start a quotation mark, on random texts rich in
// marks, terminals and stray lead bytes.
func TestQuoteFinder(t *testing.T) {
	pieces := []string{"a", "bc ", ".", "!", "?", "\"", "„", "“", "”", "»", "«", "\u00a0", "…", "–", "€", "ä", "\xe2", "\xc2", "\n"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		text := randomText(rng, pieces, 30)
		f := newQuoteFinder(text, len(text))
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && text[want] != '"' && text[want] != 0xE2 && text[want] != 0xC2 {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("%q from %d: %d, want %d", text, i, got, want)
			}
		}
	}
}

// TestEndsInQuoteDEScan checks endsInQuoteDE, which visits only the bytes
// a quotation mark can start with, against a loop over every byte, on
// random texts of marks, terminals, other runes of the same lead bytes
// (… – € and a no-break space) and stray lead bytes.
func TestEndsInQuoteDEScan(t *testing.T) {
	pieces := []string{"Wir ", "gehen", ".", "!", "\"", "„", "“", "”", "»", "«", "‚", "‘", "\u00a0", "…", "–", "€", "°", "ä", "\xe2", "\xc2", "\xe2\x80", "\n"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		text := randomText(rng, pieces, 12)
		for _, open := range []bool{false, true} {
			if got, want := endsInQuoteDE(text, open), endsInQuoteEveryByte(text, open); got != want {
				t.Fatalf("endsInQuoteDE(%q, %v) = %v, want %v", text, open, got, want)
			}
		}
	}
}

// endsInQuoteEveryByte is endsInQuoteDE asking the marks at every byte.
func endsInQuoteEveryByte(text string, open bool) bool {
	for i := range len(text) {
		switch rest := text[i:]; {
		case rest[0] == '"':
			open = !open
		case strings.HasPrefix(rest, "„"):
			open = true
		case strings.HasPrefix(rest, "“"), strings.HasPrefix(rest, "»"), strings.HasPrefix(rest, "«"):
			open = !open
		case strings.HasPrefix(rest, "”"):
			open = false
		}
	}
	return open
}

// randomText joins up to n random pieces.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for k := rng.IntN(n + 1); k > 0; k-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
