package extract

import "testing"

// TestWholeBodyNameDE checks that the first word of a body's name that ends
// in a legal form or an English body's head noun stays in the claimant
// after a German article, while a noun of person before a name still goes.
func TestWholeBodyNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Preise für Brot steigen im Herbst, kündigte die Ilse Marwitz GmbH an.":       "Ilse Marwitz GmbH",
		"Laut der Ilse Marwitz GmbH fehlen in der Backstube zwei Öfen.":                   "Ilse Marwitz GmbH",
		"Der Hafen bleibe offen, erklärte die Nordic Ferry Corporation am Abend.":         "Nordic Ferry Corporation",
		"Die Ama Tell College teilte mit, das Labor bleibe geschlossen.":                  "Ama Tell College",
		"Wie viele Kunden kommen, schätzt der Inhaber Jonas Brandt auf 300 am Tag.":       "Jonas Brandt",
		"Der Deich halte, versicherte die Landrätin Wiebke Sander aus Oberwald am Abend.": "Wiebke Sander",
	})
	for name, want := range map[string]bool{
		"Ilse Marwitz GmbH": true, "Nordic Ferry Corporation": true, "Marwitz GmbH": false, "Inhaber Jonas Brandt": false,
	} {
		if got := wholeBodyNameDE(name); got != want {
			t.Errorf("wholeBodyNameDE(%q) = %v, want %v", name, got, want)
		}
	}
}
