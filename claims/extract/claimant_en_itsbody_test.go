package extract

import "testing"

// TestItsBodyEN checks that a name of a person's form whose report opens
// with "its" is remembered as a body for a later "the company said", and
// that "its" later in the report does not make a person a body.
func TestItsBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dunmere Textiles said on Friday that its sales fell by a tenth. The company said it would close a mill.": "Dunmere Textiles",
		"Dunmere Textiles said its sales fell by a tenth. The company said it would close a mill.":                "Dunmere Textiles",
	})
	for text, want := range map[string]bool{
		"Dunmere Textiles said its sales fell.":                   true,
		"Greta Hollis said the firm had cut its staff.":           false,
		"Greta Hollis said on Monday the firm had cut its staff.": false,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexEN)
		who := text[:len("Dunmere Textiles")]
		if text[0] == 'G' {
			who = "Greta Hollis"
		}
		if got := itsBodyEN(toks, text, who); got != want {
			t.Errorf("%q: itsBodyEN = %v, want %v", text, got, want)
		}
	}
}
