package extract

import "testing"

// TestManAfterKonjunktivDE checks that "könne man noch nicht sagen" after
// a speaker carries the speaker (its verb of saying names none), as does
// "könne das niemand sagen", while a
// verb of saying before "werde man" still names its own subject.
func TestManAfterKonjunktivDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Proben seien stark belastet gewesen, sagte die Biologin Ruth Kamp. Ob das den Fischen schadet, könne man noch nicht sagen.": "Ruth Kamp",
		"Die Lage sei ernst, sagte der Minister Jan Roth. Abschließend könne das aber niemand sagen.":                                    "Jan Roth",
		"Die Proben seien belastet, sagte Ruth Kamp. Ole Brix sagte, im Herbst werde man erneut darüber beraten.":                        "Ole Brix",
	})
}
