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
			probe(strings.ToUpper(w))
		}
		probe("")
		probe(strings.Repeat("x", 100))
	}
	if tableOf(lexicon{"der": cDet}) != nil {
		t.Error("a lexicon of its own got a table of lexDE or lexEN")
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
