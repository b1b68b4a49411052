package extract

import (
	"strings"
	"testing"
)

// TestLinkWordsDE compares the link-word tests, which ask the token's
// category first, with comparing the lower-case form alone, on every
// token of invented German sentences (each function word in every case
// form) tokenized with lexDE.
func TestLinkWordsDE(t *testing.T) {
	text := "Der Chef der Nordbahn, Jan Roth, sagte das. Die Leiterin des Amtes von Talbach leitet den Verband. " +
		"DER DES DIE DEN DAS VON der des die den das von Der Des Die Den Das Von dem ein eine vom zur dass Dass desto " +
		"Deren derer dies denn da de d Ders Desk Dienst Vonn ist und."
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	seen := map[string]bool{}
	for i := range toks {
		tk := &toks[i]
		low := strings.ToLower(text[tk.s:tk.e])
		seen[low] = true
		if got, want := derDesDE(tk), low == "der" || low == "des"; got != want {
			t.Errorf("derDesDE(%q) = %v, want %v", text[tk.s:tk.e], got, want)
		}
		if got, want := vonOrGenitiveDE(tk), low == "von" || low == "der" || low == "des"; got != want {
			t.Errorf("vonOrGenitiveDE(%q) = %v, want %v", text[tk.s:tk.e], got, want)
		}
		if got, want := objectArticleDE(tk), low == "die" || low == "den" || low == "das"; got != want {
			t.Errorf("objectArticleDE(%q) = %v, want %v", text[tk.s:tk.e], got, want)
		}
	}
	for _, w := range []string{"der", "des", "die", "den", "das", "von"} {
		if !seen[w] {
			t.Errorf("the text has no token %q", w)
		}
	}
}
