package extract

import "testing"

// TestTimeTailCutDE checks that a date at the end of a claimant is cut off,
// and that a name with a date after a lower-case word stays whole.
func TestTimeTailCutDE(t *testing.T) {
	for in, want := range map[string]string{
		"Bush Mitte Juni":         "Bush",
		"Roth Ende 2019":          "Roth",
		"Anfang Januar":           "",
		"Bild am Sonntag":         "Bild am Sonntag",
		"Jan Roth; Kühn Ende Mai": "Jan Roth; Kühn",
		"Mareike Sonntag":         "Mareike Sonntag",
		"Jan Roth":                "Jan Roth",
	} {
		if got := timeTailCutDE(in); got != want {
			t.Errorf("timeTailCutDE(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"„Wir müssen handeln“, schrieb Cora Bush Mitte Juni in einem Beitrag.": "Cora Bush",
		"„Das ist nicht zu schaffen“, sagte Sprecherin Mareike Sonntag.":       "Mareike Sonntag",
	})
}
