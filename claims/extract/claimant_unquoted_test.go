package extract

import "testing"

// TestUnquotedIndex checks that unquotedIndex skips words inside double
// quotation marks and the marks themselves, and finds a word after them.
func TestUnquotedIndex(t *testing.T) {
	text := `„Ja“, sagte sie: ja.`
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	isJa := func(i int) bool { return toks[i].low == "ja" }
	got := unquotedIndex(toks, text, isJa)
	if got < 0 || toks[got].s < len(`„Ja“, sagte sie: `) {
		t.Errorf("unquotedIndex = %d, want the second \"ja\" (outside quotation marks)", got)
	}
	if got := unquotedIndex(toks, text, func(i int) bool { return toks[i].low == "nein" }); got != -1 {
		t.Errorf("unquotedIndex without a match = %d, want -1", got)
	}
}
