package extract

import "testing"

// TestDatPluralAdjectiveDE checks that a source in the dative plural
// without an article, its adjective capitalised, is named with its noun
// and in the nominative.
func TestDatPluralAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Regionalen Medien zufolge wurde die Fähre nach Brakholm gestoppt.":   "Regionale Medien",
		"Staatlichen Behörden zufolge gab es bei dem Brand keine Verletzten.": "Staatliche Behörden",
	})
}
