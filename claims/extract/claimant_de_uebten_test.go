package extract

import "testing"

// TestUebtenKritikDE checks that a plural body that "übten Kritik" is the
// claimant, as a person who "übte Kritik" is.
func TestUebtenKritikDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bauernverbände übten scharfe Kritik an dem Plan.": "Bauernverbände",
		"Auch die Anwohner üben Kritik an dem Bau.":            "Anwohner",
	})
}
