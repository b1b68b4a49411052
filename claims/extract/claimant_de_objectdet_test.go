package extract

import "testing"

// TestObjectClaimantDE checks that a noun phrase opened by an accusative
// or dative-plural determiner is no speaker, while the subject after a
// fronted object and a noun after "laut den" still are.
func TestObjectClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Schützen feiern trotzdem, obwohl ihr Fest den Auflagen widerspricht.":     "",
		"Den Abriss der Brücke kündigte die Kreisverwaltung Talheim für Mai an.":       "Kreisverwaltung Talheim",
		"Laut den Organisatoren kamen am Sonntag mehr als 5000 Besucher nach Talheim.": "Organisatoren",
	})
}
