package extract

import "testing"

// TestManNounEN checks an apposition whose role is a compound in "-man",
// "-woman" or "-person" missing from the lexicon: the name after it
// speaks, not the owner of "her"/"his".
func TestManNounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Nora Fell wants the pier rebuilt. Her rival, ferryman Olin Pask, said the pier could wait.":          "Olin Pask",
		"Nora Fell wants the pier rebuilt. Her rival, ferrywoman Lise Pask, said the pier could wait.":        "Lise Pask",
		"Nora Fell wants the pier rebuilt. Her rival, ferry salesperson Olin Pask, said the pier could wait.": "Olin Pask",
	})
}

// TestManNounWordEN checks which words count as such a compound.
func TestManNounWordEN(t *testing.T) {
	for w, want := range map[string]bool{"ferryman": true, "chairwoman": true, "salesperson": true, "human": false, "woman": false} {
		if got := manNounEN(w); got != want {
			t.Errorf("%q: %v, want %v", w, got, want)
		}
	}
}
