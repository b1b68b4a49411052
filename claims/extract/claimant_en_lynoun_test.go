package extract

import "testing"

// TestLyNounEN checks that a noun in -ly after a determiner or possessive
// is the subject of the verb of saying, not an adverb stepped over.
func TestLyNounEN(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"her family said", true},
		{"an ally said", true},
		{"she repeatedly said", false},
		{"Lee quickly said", false},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexEN)
		if got := lyNounEN(toks, 1); got != c.want {
			t.Errorf("%q: lyNounEN = %v, want %v", c.text, got, c.want)
		}
		if got, want := verbGroupStartEN(toks, 2), map[bool]int{true: 2, false: 1}[c.want]; got != want {
			t.Errorf("%q: verbGroupStartEN = %d, want %d", c.text, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Ilse Mardell, a painter of harbour scenes, has died at the age of 90, her family said.": "Mardell's family",
	})
}
