package extract

import (
	"strings"
	"testing"
)

// TestPunctInput checks the table of the punctuation inputs against its
// plain definition, strings.IndexByte(punctInputs, b) >= 0, for every byte,
// and that terms takes a dash, a typographic quote and "€" as inputs of
// their own, by their first byte, but not a comma or a full stop (fails
// with the table built from the runes of punctInputs, not its bytes: tried).
func TestPunctInput(t *testing.T) {
	for b := range 256 {
		if got, want := punctInput[b], strings.IndexByte(punctInputs, byte(b)) >= 0; got != want {
			t.Errorf("byte %#x: %v, want %v", b, got, want)
		}
	}
	var z tokenizer
	for _, c := range []struct {
		text string
		want int // punctuation inputs
	}{
		{"Die Kosten steigen – sagt sie.", 1},
		{"„Nein“, sagte er, 5 € mehr?", 4},
		{"Ann Lee, 34, kam. Dann ging sie.", 0},
		{"Really?! 40 % of $5…", 5},
	} {
		toks := z.tokenize(c.text, lexDE)
		n := 0
		for _, tm := range terms(c.text, toks, nil) {
			if w := c.text[tm.s:tm.e]; len([]rune(w)) == 1 && startFlags([]rune(w)[0]) == 0 {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d punctuation inputs, want %d", c.text, n, c.want)
		}
	}
}
