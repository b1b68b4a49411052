package extract

import "testing"

// TestBodyNamedEmptyDE checks bodyNamedDE's first test: no claimant stays
// none, even when a body was noted under the bare key (bodyKeyDE with no
// head noun), a claimant without a head noun stays itself whatever is
// noted under it, and a head noun still gives the body named before.
func TestBodyNamedEmptyDE(t *testing.T) {
	var z tokenizer
	text := "Das Ministerium teilte mit, die Fähre fahre wieder."
	toks := z.tokenize(text, lexDE)
	d := &docState{descs: map[string]string{bodyKeyDE: "Ministerium für Fähren", bodyKeyDE + "Ministerium": "Fährministerium", bodyKeyDE + "Olga Rahn": "Rahn-Stiftung"}}
	if got := d.bodyNamedDE(toks, text, "Olga Rahn"); got != "Olga Rahn" {
		t.Errorf("bodyNamedDE(\"Olga Rahn\") = %q, want \"Olga Rahn\" (no head noun of a body)", got)
	}
	if got := d.bodyNamedDE(toks, text, ""); got != "" {
		t.Errorf("bodyNamedDE(\"\") = %q, want \"\"", got)
	}
	if got := d.bodyNamedDE(toks, text, "Ministerium"); got != "Fährministerium" {
		t.Errorf("bodyNamedDE(\"Ministerium\") = %q, want \"Fährministerium\"", got)
	}
}
