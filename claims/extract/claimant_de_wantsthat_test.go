package extract

import "testing"

// TestWantsThatDE checks "will, dass" after a body or a known person, and
// "will" with an object after a body, a position the guide counts
// ("wants"; wantsBodyDE, since 2026-12-07: it named nobody before).
func TestWantsThatDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Imkerverband Talgrund will, dass Pestizide verboten werden.":                    "Imkerverband Talgrund",
		"Die Kommission sprach mit Udo Fink. Udo Fink will, dass Pestizide verboten werden.": "Udo Fink",
		"Der Imkerverband will eine Reform der Pestizidregeln.":                              "Imkerverband",
	})
}
