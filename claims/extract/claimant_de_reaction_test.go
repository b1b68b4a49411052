package extract

import "testing"

// TestReactionDE checks that a body or a named person reacting in a way
// the text names takes a position, and that a reaction by an action, to a
// test or to criticism named as the object names no claimant.
func TestReactionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Umwelthilfe reagierte mit Unverständnis.":                                       "Umwelthilfe",
		"Der Verband reagierte mit scharfer Kritik auf den Plan.":                            "Verband",
		"Der Handelsverband reagierte empört auf den Plan.":                                  "Handelsverband",
		"Rita Zorn hat den Plan vorgestellt. Die Opposition tobte. Zorn reagierte gelassen.": "Rita Zorn",
		"Die Stadtverwaltung reagierte damit auf den Fall eines Mannes.":                     "",
		"Der Sohn reagierte positiv auf einen Schnelltest.":                                  "",
		"Die Kammer hat auf die Kritik reagiert, indem sie die Liste änderte.":               "",
		"Die Börse reagierte kaum.":                                                          "",
	})
}

// TestReactionViewDE checks reactionViewDE on the verb of made-up
// sentences.
func TestReactionViewDE(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die Kammer reagierte mit Unverständnis.", true},
		{"Die Kammer reagierte mit großer Erleichterung.", true},
		{"Gelassen reagierte die Kammer.", true},
		{"Verhalten reagierte die Kammer.", true},
		{"Die Kammer reagierte auf die Kritik.", false},
		{"Die Kammer reagierte damit empört auf den Fall.", false},
		{"Die Probe reagierte negativ auf den Test.", false},
		{"Die Kammer sagte, sie sei empört, und reagierte.", false},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		v := -1
		for i := range toks {
			if reactionVerbDE(toks[i].low) {
				v = i
			}
		}
		if got := reactionViewDE(toks, v); got != c.want {
			t.Errorf("reactionViewDE(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
