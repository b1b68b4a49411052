package extract

import "testing"

// TestIndefiniteAppositionDE checks a speaker named in apposition to a
// noun phrase with an indefinite or demonstrative article.
func TestIndefiniteAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eine Anwohnerin, Greta Pfanner, sagte dem SWR, es habe gekracht.": "Greta Pfanner",
		"Ein Bauarbeiter, Jonas Wendel, sagte, es habe laut gekracht.":     "Jonas Wendel",
	})
}
