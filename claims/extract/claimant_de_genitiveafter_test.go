package extract

import "testing"

// TestGenitiveAfterDE checks that a body named in the genitive after a
// verb of position is given in the nominative, and that other names stay
// as they are.
func TestGenitiveAfterDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zustimmung sinkt. Das zeigt eine Umfrage des Instituts Forsa.": "Institut Forsa",
		"Das zeigt eine Umfrage des Meinungsforschungsinstituts Civey.":     "Meinungsforschungsinstitut Civey",
	})
	var z tokenizer
	toks := z.tokenize("Das zeigt eine Umfrage des Instituts Forsa mit Eva Roth.", lexDE)
	for k, want := range map[int]string{5: "Institut Forsa", 8: "Eva Roth"} {
		if got := genitiveAfterDE(toks, k, map[int]string{5: "Instituts Forsa", 8: "Eva Roth"}[k]); got != want {
			t.Errorf("genitiveAfterDE(%d) = %q, want %q", k, got, want)
		}
	}
}
