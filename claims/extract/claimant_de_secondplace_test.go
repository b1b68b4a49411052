package extract

import "testing"

// TestSecondPlaceKonjunktivDE checks that a Konjunktiv I in second place
// before a capitalised word goes on in the last speaker's voice, and that
// an adjective after a determiner does not.
func TestSecondPlaceKonjunktivDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Kosten stiegen, sagte Tom Weis. Dies gefährde Arbeitsplätze.":                  "Tom Weis",
		"Die Stadt sei solide, sagte Tom Weis. Der Verband vergleiche Äpfel mit Birnen.":    "Tom Weis",
		"Die Stadt sei solide, sagte Tom Weis. Diese ablehnende Haltung ist im Rat selten.": "",
	})
}
