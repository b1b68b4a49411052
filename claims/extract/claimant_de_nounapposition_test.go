package extract

import "testing"

// TestNounAppositionDE checks that the person named between commas after
// the noun phrase that opens the sentence speaks, not the one told
// ("gegenüber der Zeitung") nor the noun, and that other phrases between
// commas name no one.
func TestNounAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Dieser Arzt, Timo Vasić, schilderte gegenüber der Lokalzeitung seinen Eindruck.": "Timo Vasić",
		"Der Arzt, Timo Vasić, sagte, die Frau sei gestorben.":                            "Timo Vasić",
		"Die Nachbarin, Rita Zorn, sagte gegenüber dem Sender, sie habe nichts gehört.":   "Rita Zorn",
		"Der Plan, so der Senat, sei gescheitert.":                                        "Senat",
	})
	var z tokenizer
	toks := z.tokenize("Das Institut, Sitz in Kiel, teilte mit, die Zahl sinke.", lexDE)
	if got := nounAppositionDE(toks, "Das Institut, Sitz in Kiel, teilte mit, die Zahl sinke.", 7); got != "" {
		t.Errorf("nounAppositionDE(Sitz in Kiel) = %q, want none", got)
	}
}
