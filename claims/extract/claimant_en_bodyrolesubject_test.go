package extract

import "testing"

// TestBodyRoleSubjectEN checks that a headline's subject of a body's name
// and a role names the described person, not the body.
func TestBodyRoleSubjectEN(t *testing.T) {
	const after = "\n\nThe season ended on Sunday."
	for text, want := range map[string]string{
		"Westvale Rovers coach defends transfer policy" + after:  "Westvale Rovers coach",
		"Ostbay Ferries chief executive warns of delays" + after: "Ostbay Ferries chief executive",
	} {
		if got := claimantsOf(text, "en"); len(got) == 0 || got[0] != want {
			t.Errorf("%q: claimants %q, want %q first", text, got, want)
		}
	}
}

// TestBodyRoleSubjectNotEN checks headlines the rule leaves alone: a
// capitalised adjective is no body's name, a participle no present verb.
func TestBodyRoleSubjectNotEN(t *testing.T) {
	var d docState
	var z tokenizer
	for _, text := range []string{"Former minister charged with fraud", "Retiring fire chief warns of shortage"} {
		toks := z.tokenize(text, lexEN)
		for v := 2; v < 4; v++ {
			if got := d.bodyRoleSubjectEN(toks, text, v, lexEN); got != "" {
				t.Errorf("%q, verb %d: %q, want none", text, v, got)
			}
		}
	}
}
