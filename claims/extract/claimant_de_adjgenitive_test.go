package extract

import "testing"

// TestAdjGenitiveNameDE checks that a body named by a head noun, a
// genitive plural adjective and a noun is the claimant as a whole, in the
// genitive after "nach Angaben", as subject and after "laut", and that it
// is not the Verband named before.
func TestAdjGenitiveNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Mieterverband Obernau sagte, die Mieten seien zu hoch. Nach Angaben des Verbands privater Vermieter sind die Kosten gestiegen.": "Verband privater Vermieter",
		"Der Verband privater Vermieter warnte vor höheren Kosten.":                                                                          "Verband privater Vermieter",
		"Laut dem Bund freier Hebammen fehlen Fachkräfte.":                                                                                   "Bund freier Hebammen",
	})
}
