package extract

import "testing"

// TestCrossReferenceDE checks that "(wir berichteten)" at a sentence's end
// names no speaker, while a report outside parentheses still does.
func TestCrossReferenceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Mai hatte der Stadtrat den Neubau der Brücke beschlossen (wir berichteten).": "",
		"Der Streit um das Stadion in Wendorf dauert an (Nordkurier berichtete).":        "",
		"Der Nordkurier berichtete, der Streit um das Stadion dauere an.":                "Nordkurier",
	})
}
