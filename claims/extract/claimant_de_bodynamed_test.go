package extract

import "testing"

// TestBodyNamedEmptyDE checks bodyNamedDE's first test: no claimant stays
// none, even when a body was noted under the bare key (bodyKeyDE with no
// head noun), and a head noun still gives the body named before.
func TestBodyNamedEmptyDE(t *testing.T) {
	var z tokenizer
	text := "Das Ministerium teilte mit, die Fähre fahre wieder."
	toks := z.tokenize(text, lexDE)
	d := &docState{descs: map[string]string{bodyKeyDE: "Ministerium für Fähren", bodyKeyDE + "Ministerium": "Fährministerium"}}
	if got := d.bodyNamedDE(toks, text, ""); got != "" {
		t.Errorf("bodyNamedDE(\"\") = %q, want \"\"", got)
	}
	if got := d.bodyNamedDE(toks, text, "Ministerium"); got != "Fährministerium" {
		t.Errorf("bodyNamedDE(\"Ministerium\") = %q, want \"Fährministerium\"", got)
	}
}
