package extract

import "testing"

// TestStanceTailDE checks a noun of a voiced stance after the speaker's
// name: the name alone is the claimant, and the noun alone is none.
func TestStanceTailDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Plan ist umstritten. Am Montag äußerte Lena Vogt Zweifel an den Zahlen.": "Lena Vogt",
		"Der Plan ist umstritten. Daraufhin übte Lena Vogt Kritik an dem Vorhaben.":   "Lena Vogt",
	})
	for in, want := range map[string]string{"Lena Vogt Bedenken": "Lena Vogt", "Sorgen": "", "Lena Vogt": "Lena Vogt"} {
		if got := stanceTailDE(in); got != want {
			t.Errorf("stanceTailDE(%q) = %q, want %q", in, got, want)
		}
	}
}
