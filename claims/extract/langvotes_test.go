package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// langVotesPlain is langVotes as it was written before packLower: the key
// gathered byte by byte while the word is scanned.
func langVotesPlain(text string) (de, en int) {
	const maxVotes, maxBytes = 16, 600
	if len(text) > maxBytes {
		text = text[:maxBytes]
	}
	i := 0
	for i < len(text) && de+en < maxVotes && (de+en < 6 || de > 0 && en > 0) {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isUmlaut(r) {
				de++
			}
			i += size
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			i++
			continue
		}
		j, n := i, 0
		var key uint64
		for j < len(text) && langByte[text[j]] == lbWord {
			if n < maxStopword {
				key |= uint64(text[j]|0x20) << (8 * n)
			}
			n++
			j++
		}
		ascii := j >= len(text) || langByte[text[j]] != lbOther
		if ascii && n <= maxStopword {
			c := stopTab.get(key | uint64(n)<<56)
			if c&cStopDE != 0 {
				de++
			}
			if c&cStopEN != 0 {
				en++
			}
		}
		for j < len(text) && text[j] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			if isUmlaut(r) {
				de++
			}
			j += size
		}
		i = j
	}
	return de, en
}

// TestLangVotes checks langVotes against langVotesPlain on random texts of
// function words of both languages in any case, other words, umlauts,
// apostrophes and punctuation, and packLower against packWord.
func TestLangVotes(t *testing.T) {
	pieces := []string{"der", "Die", "UND", "the", "The", "and", "of", "isn't", "it's", "nicht", "auch",
		"Haus", "running", "xyzzy", "abcdef", "ä", "Über", "straße", "é", "—", "'", " ", " ", ", ", ". ", "\n", "7", "a"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(60); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		de, en := langVotes(text)
		if wde, wen := langVotesPlain(text); de != wde || en != wen {
			t.Fatalf("langVotes(%q) = %d, %d; want %d, %d", text, de, en, wde, wen)
		}
	}
	for _, w := range []string{"", "a", "Der", "THE", "isn't", "Don't", "abcde"} {
		if got, want := packLower(w), packWord(strings.ToLower(w)); got != want {
			t.Errorf("packLower(%q) = %#x, want %#x", w, got, want)
		}
	}
}
