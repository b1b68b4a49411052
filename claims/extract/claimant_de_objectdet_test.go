package extract

import "testing"

// TestObjectClaimantDE checks that a noun phrase opened by an accusative
// or dative-plural determiner is no speaker, while the same noun after
// "laut" or before "zufolge" still is.
func TestObjectClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Den Zusammenhang mit dem Brand in Talheim konnte die Feuerwehr zunächst nicht bestätigen.":    "",
		"Obwohl solche Feste den Auflagen widersprechen, die der Landrat noch selbst verkündet hatte.": "",
		"Laut den Organisatoren kamen am Sonntag mehr als 5000 Besucher nach Talheim.":                 "Organisatoren",
	})
}
