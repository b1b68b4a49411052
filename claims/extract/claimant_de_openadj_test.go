package extract

import "testing"

// TestOpeningAdjectiveDE checks that a sentence opening with an adjective
// and a plural noun without article names both as the speaker, not the
// adjective alone.
func TestOpeningAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Internationale Beobachter klagten darüber, dass sie an der Grenze behindert würden.": "Internationale Beobachter",
		"Chinesische Behörden betonen, dass der Damm sicher sei.":                             "Chinesische Behörden",
		"Konservative Abgeordnete hatten kritisiert, dass die Stadt Kredite aufnimmt.":        "Konservative Abgeordnete",
	})
}
