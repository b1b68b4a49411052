package extract

import "testing"

// TestSourceGenitiveDE checks that the source of "hieß es bei …" keeps the
// genitive after its noun.
func TestSourceGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Pachten seien zu hoch, hieß es bei der Vereinigung der Kleingärtner.": "Vereinigung der Kleingärtner",
		"Die Pachten seien zu hoch, hieß es beim Bund der Gartenfreunde Talbach.":  "Bund der Gartenfreunde Talbach",
		"Die Pachten seien zu hoch, hieß es bei der Stadt.":                        "Stadt",
	})
}
