package extract

import "testing"

// TestIgAdjectiveDE checks that a declined adjective in "-ig" opens a
// body's name like one in "-isch" or "-lich", and that a place's form in
// "-er" does not count.
func TestIgAdjectiveDE(t *testing.T) {
	for w, want := range map[string]bool{"Auswärtigen": true, "Ständige": true, "Leipziger": false, "König": false, "Chemischen": true} {
		if got := adjectiveDE(w); got != want {
			t.Errorf("adjectiveDE(%q) = %v, want %v", w, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"Die Lage gilt nach Angaben des Auswärtigen Amtes als ernst.": "Auswärtiges Amt",
	})
}
