package extract

import "testing"

// TestMannerVorfeldDE checks that an adverb of manner before "äußerte sich"
// leaves the subject after "sich" as the speaker, also a bare role.
func TestMannerVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ähnlich äußerte sich auch der Bürgermeister.":           "Bürgermeister",
		"Besorgt zeigte sich der Verband.":                       "Verband",
		"Neulich wandte sich der Staatschef an die Bevölkerung.": "",
	})
}
