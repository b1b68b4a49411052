package extract

import (
	"testing"
	"unicode/utf8"
)

// TestIsJoiner checks isJoiner against the list of joiners the tokenizer
// tested rune by rune before it (with the underscore added since), for
// every rune up to U+FFFF and those past it in steps, and the negative
// runes.
func TestIsJoiner(t *testing.T) {
	plain := func(r rune) bool {
		return r == '-' || r == '.' || r == ',' || r == '\'' || r == '’' || r == '/' || r == '&' || r == '_'
	}
	for r := rune(-3); r <= utf8.MaxRune; r++ {
		if r > 0xffff {
			r += 97
		}
		if got, want := isJoiner(r), plain(r); got != want {
			t.Fatalf("isJoiner(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestJoinedWords checks that a word goes on over each joiner when a word
// rune follows it, and ends at the joiner otherwise (made-up words).
func TestJoinedWords(t *testing.T) {
	var z tokenizer
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kro-Ban 3,7 q.e.d. zib'ar Mo’vel a/b X&Y", []string{"Kro-Ban", "3,7", "q.e.d", ".", "zib'ar", "Mo’vel", "a/b", "X&Y"}},
		{"Frum- und Tel, wip. ’Zo &", []string{"Frum-", "und", "Tel", ",", "wip", ".", "’", "Zo", "&"}},
		{"vel,bor 4,x", []string{"vel", ",", "bor", "4", ",", "x"}},
		{"nor_vel_19 wip_ _tak", []string{"nor_vel_19", "wip", "_", "_", "tak"}},
	} {
		var got []string
		for _, tk := range z.tokenize(c.text, lexDE) {
			got = append(got, c.text[tk.s:tk.e])
		}
		if len(got) != len(c.want) {
			t.Fatalf("%q: tokens %q, want %q", c.text, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Fatalf("%q: tokens %q, want %q", c.text, got, c.want)
			}
		}
	}
}
