package extract

import (
	"strings"
	"testing"
)

// TestLexTable checks that the tables answer as the lexicons do: for every
// word of both lexicons, for their prefixes, suffixes and inflections
// (mostly words that are not in them), and for words of every length.
func TestLexTable(t *testing.T) {
	for _, c := range []struct {
		name string
		lex  lexicon
	}{{"de", lexDE}, {"en", lexEN}} {
		tab := tableOf(c.lex)
		if tab == nil {
			t.Fatalf("%s: no table", c.name)
		}
		probe := func(w string) {
			if got, want := tab.get(w), c.lex[w]; got != want {
				t.Errorf("%s %q: table %b, lexicon %b", c.name, w, got, want)
			}
		}
		for w := range c.lex {
			probe(w)
			for k := 0; k < len(w); k++ {
				probe(w[:k])
				probe(w[k:])
			}
			probe(w + "e")
			probe(w + "s")
			for k := 0; k < len(w); k++ { // one byte changed: in the middle of a long word too
				probe(w[:k] + "#" + w[k+1:])
			}
			probe(strings.ToUpper(w))
		}
		probe("")
		probe(strings.Repeat("x", 100))
	}
	if tableOf(lexicon{"der": cDet}) != nil {
		t.Error("a lexicon of its own got a table of lexDE or lexEN")
	}
}

// TestLexLacks checks get's pre-test: no word of either lexicon is said to
// be lacking, and most invented words that are in neither are (else the
// pre-test would save nothing).
func TestLexLacks(t *testing.T) {
	for _, lex := range []lexicon{lexDE, lexEN} {
		tab := tableOf(lex)
		for w, c := range lex {
			if c != 0 && tab.lacks(w) {
				t.Errorf("lacks(%q), a word of the lexicon", w)
			}
		}
		lacking, n := 0, 0
		for _, a := range []string{"kr", "bl", "zw", "pf", "gn"} {
			for _, b := range []string{"ompel", "axt", "u", "ingor", "eltmanns", "ofiert"} {
				if w := a + b; lex[w] == 0 {
					n++
					if tab.lacks(w) {
						lacking++
					}
				}
			}
		}
		if 2*lacking < n {
			t.Errorf("only %d of %d invented words lacking", lacking, n)
		}
	}
	if !(&lexTable{}).lacks("xy") || (&lexTable{}).lacks("x") {
		t.Error("an empty table lacks every word of two bytes or more, and no shorter one")
	}
}

// TestPackWords checks the packed first and last eight bytes of words of
// every length against their plain definition.
func TestPackWords(t *testing.T) {
	word := "abcdefghijklmnopqrstuvwxyzäöü"
	for n := 0; n <= len(word); n++ {
		w := word[:n]
		var head, tail uint64
		for i := 0; i < min(n, 8); i++ {
			head |= uint64(w[i]) << (8 * i)
		}
		if n >= 8 {
			for i := 0; i < 8; i++ {
				tail |= uint64(w[n-8+i]) << (8 * i)
			}
		}
		if h, tl := packWords(w); h != head || tl != tail {
			t.Errorf("%q: %x %x, want %x %x", w, h, tl, head, tail)
		}
	}
}

// TestLexSlotHolds compares a slot's word with words that differ from it
// in one byte anywhere or in length, whatever their hash.
func TestLexSlotHolds(t *testing.T) {
	for _, key := range []string{"", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz"} {
		head, tail := packWords(key)
		s := lexSlot{head: head, tail: tail, n: len(key), cat: cDet, key: key}
		try := func(w string) {
			h, tl := packWords(w)
			if got := s.holds(w, h, tl); got != (w == key) {
				t.Errorf("slot %q holds %q: %v", key, w, got)
			}
		}
		try(key)
		try(key + "a")
		try(key + "\x00")
		for k := 0; k < len(key); k++ {
			try(key[:k] + "#" + key[k+1:])
			try(key[:k])
		}
	}
}

// TestStopTable checks the packed function words against stopwords.
func TestStopTable(t *testing.T) {
	for w, c := range stopwords {
		if got := stopTab.get(packWord(w)); got != c {
			t.Errorf("%q: table %b, map %b", w, got, c)
		}
		if len(w) > 1 {
			if got, want := stopTab.get(packWord(w[1:])), stopwords[w[1:]]; got != want {
				t.Errorf("%q: table %b, map %b", w[1:], got, want)
			}
		}
	}
	for _, w := range []string{"", "x", "zzzzz", "dera", "thex"} {
		if got, want := stopTab.get(packWord(w)), stopwords[w]; got != want {
			t.Errorf("%q: table %b, map %b", w, got, want)
		}
	}
}
