package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenLow checks the tokens' lower-case words against package unicode
// (every rune through unicode.ToLower), their all-capitals flag (two
// letters or more, all upper case) and their categories against the
// lexicon, on texts mixed from words of both lexicons, capitals, umlauts,
// other scripts and joiners.
func TestTokenLow(t *testing.T) {
	parts := []string{"Der", "ÜBER", "Straße", "İstanbul", "ǅemal", "Ωmega", "ÆØÅ", "Süd-", "U.S.", "3,5", "1.200",
		"don’t", "AT&T", "km/h", "e\u0301t\u00e9", "ﬁnal", "日本", "„Zitat“", "–", " ", "  ", "\u00a0", ".", ",", "-", "’", "\n"}
	for w := range lexDE {
		parts = append(parts, w, strings.ToUpper(w))
		if len(parts) > 400 {
			break
		}
	}
	for w := range lexEN {
		parts = append(parts, w, strings.Title(w))
		if len(parts) > 800 {
			break
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var z tokenizer
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		for _, lex := range []lexicon{lexDE, lexEN} {
			for _, tk := range z.tokenize(text, lex) {
				if tk.is(tPunct) {
					continue
				}
				if want := strings.Map(unicode.ToLower, text[tk.s:tk.e]); tk.low != want {
					t.Fatalf("%q: token %q low %q, want %q", text, text[tk.s:tk.e], tk.low, want)
				}
				letters, uppers := 0, 0
				for _, r := range text[tk.s:tk.e] {
					if unicode.IsLetter(r) {
						letters++
						if unicode.IsUpper(r) {
							uppers++
						}
					}
				}
				if got, want := tk.is(tAllCap), letters >= 2 && uppers == letters; got != want {
					t.Fatalf("%q: token %q all capitals %v, want %v", text, text[tk.s:tk.e], got, want)
				}
				if tk.cat != lex[tk.low] {
					t.Fatalf("%q: token %q category %b, want %b", text, tk.low, tk.cat, lex[tk.low])
				}
			}
		}
	}
}

// TestRuneInfo checks the rune tables against package unicode around and
// inside the ranges they hold.
func TestRuneInfo(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := infoOf(r), runeInfoSlow(r); got != want {
			t.Fatalf("%U: table %+v, unicode %+v", r, got, want)
		}
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Fatalf("%U: isWordRune %v, unicode %v", r, got, want)
		}
	}
	for _, r := range []rune{-1, 0x10FFFF, 0x110000, utf8.RuneError} {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Fatalf("%U: isWordRune %v, unicode %v", r, got, want)
		}
	}
}
