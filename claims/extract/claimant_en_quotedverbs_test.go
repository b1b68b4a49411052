package extract

import "testing"

// TestUnquotedVerbsEN checks that a verb of saying inside a quotation in
// two apostrophes is the quoted speaker's word: the quotation keeps the
// last speaker, and a speaker named after it is found.
func TestUnquotedVerbsEN(t *testing.T) {
	const before = "''The pier is safe,'' said Ruth Okafor, the harbor engineer. "
	checkLast(t, "en", map[string]string{
		before + "''We found no cracks at all.''":                         "Ruth Okafor",
		before + "''If the board says so, we close it,'' Tom Reyes said.": "Tom Reyes",
		before + "The board said it would vote in May.":                   "", // not Ruth Okafor; no board named (bareBodyNounEN)
	})
	var z tokenizer
	text := "''We found it,'' Lee said."
	toks := z.tokenize(text, lexEN)
	var d docState
	var verbs []int
	for i := range toks {
		if toks[i].low == "found" || toks[i].low == "said" {
			verbs = append(verbs, i)
		}
	}
	if got := d.unquotedVerbsEN(toks, text, verbs); len(got) != 1 || toks[got[0]].low != "said" {
		t.Errorf("unquotedVerbsEN(%q) kept %v, want only said", text, got)
	}
}
